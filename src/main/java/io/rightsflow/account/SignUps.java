package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Passwords;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Sign-up, for the API and the sign-up page alike: the rules an email, a password and units must
 * meet, and the unconfirmed account with its main profile that sign-up.bpmn then confirms.
 */
@ApplicationScoped
public class SignUps {

    /** The constraint of V1__accounts.sql that keeps one account per address. */
    static final String EMAIL_UNIQUE = "account_email_unique";
    static final String SIGN_UP = "sign-up";
    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String UNITS = "units";
    public static final String PROFILE_NAME = "profileName";
    /** The version of the privacy notice the person accepted (Art. 13). */
    public static final String ACCEPTED_NOTICE = "acceptedNotice";
    public static final int PROFILE_NAME_MAX = 100;
    static final String EMAIL_TAKEN = "an account with this email already exists: log in, or use another address";

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RuntimeService runtime;

    @Inject
    PrivacyNotice notice;

    public record Created(String accountId, String mainProfileId) {
    }

    /**
     * What is wrong with a sign-up, by field (email, password, profileName, units), in words; empty
     * when nothing is. (The API's body says the profile name's rule by its own validation first.)
     */
    public static Map<String, String> problems(String email, String password, String profileName, Units units) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!Emails.looksValid(email)) {
            problems.put(EMAIL, "email must be an address such as name@example.com");
        }
        String broken = PasswordRule.brokenRule(password);
        if (broken != null) {
            problems.put(PASSWORD, broken);
        }
        if (profileName == null || profileName.isBlank()) {
            problems.put(PROFILE_NAME, "enter the name of your first profile");
        } else if (profileName.strip().length() > PROFILE_NAME_MAX) {
            problems.put(PROFILE_NAME, "the name can have at most " + PROFILE_NAME_MAX + " characters");
        }
        if (units != null && units.problem() != null) {
            problems.put(UNITS, units.problem());
        }
        return problems;
    }

    /**
     * What is wrong with the notice a person says they accepted, in words; null when it is the one in
     * force. Not naming one is a problem only where the notice was put before the person (the page).
     */
    public String noticeProblem(String accepted, boolean required) {
        if (accepted == null || accepted.isBlank()) {
            return required ? "accept the privacy notice (version " + notice.version() + ") to create an account"
                    : null;
        }
        return accepted.strip().equals(notice.version()) ? null : "the privacy notice in force is version "
                + notice.version() + " (" + PrivacyNotice.PAGE + "): read it and accept that version";
    }

    /**
     * Creates the unconfirmed account and its main profile, and starts its confirmation; 400 naming
     * the first rule broken, 409 when the address has an account (never naming the address). The
     * notice accepted is stored with its time; an API client that names none (one written before
     * notices were versioned) signs up with none accepted, and the pages ask at the first sign-in.
     */
    @Transactional
    public Created signUp(String email, String password, String profileName, Units units, String acceptedNotice) {
        Map<String, String> problems = problems(email, password, profileName, units);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems.values().iterator().next());
        }
        String noticeProblem = noticeProblem(acceptedNotice, false);
        if (noticeProblem != null) {
            throw ProblemException.badRequest(noticeProblem).with("field", ACCEPTED_NOTICE)
                    .with("currentNotice", notice.version());
        }
        if (Account.findByEmail(email) != null) {
            throw emailTaken();
        }
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.email = Emails.normalise(email);
        account.passwordHash = Passwords.hash(password);
        account.units = units == null ? Units.defaults() : units;
        // Unconfirmed until its owner follows the link mailed to the address (sign-up.bpmn).
        account.status = AccountStatus.UNCONFIRMED;
        account.createdAt = Instant.now(clock);
        if (acceptedNotice != null && !acceptedNotice.isBlank()) {
            account.noticeVersion = notice.version();
            account.noticeAcceptedAt = account.createdAt;
        }
        try {
            // Two sign-ups with one address at once both pass the check above: the unique constraint
            // decides, and flushing here lets the loser hear it as a conflict rather than at commit.
            account.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, EMAIL_UNIQUE)) {
                throw emailTaken();
            }
            throw e;
        }
        Profile main = profiles.create(account.id, profileName.strip(), true);
        audit.record("ACCOUNT_CREATED", "subject:" + account.id, null, main.id,
                "profiles=1 notice=" + (account.noticeVersion == null ? "none" : account.noticeVersion));
        runtime.startProcessInstanceByKey(SIGN_UP, account.id, Map.of("accountId", account.id));
        return new Created(account.id, main.id);
    }

    /** Never names the address: it would reach whoever tries one, and the logs. */
    private static ProblemException emailTaken() {
        return ProblemException.conflict(EMAIL_TAKEN);
    }
}
