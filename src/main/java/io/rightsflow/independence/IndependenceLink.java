package io.rightsflow.independence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.PasswordRule;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The link of the confirmation mail to the new owner: its page asks for a password; confirming
 * creates the account and moves the profile in the link's own transaction, all or nothing.
 */
@ApplicationScoped
class IndependenceLink implements LinkAction {

    @Inject
    Accounts accounts;

    @Inject
    Requests requests;

    static final String PURPOSE = "independence-confirmation";
    static final String CONFIRMED = "IndependenceConfirmed";

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String requestId) {
        return new Description("Your own account",
                "A profile is being given its own account, with this email address. Choose its password to confirm: "
                        + "the profile and all its data then move to the new account, and you can log in at once.",
                "Create my account", true);
    }

    @Override
    public Description perform(String requestId) {
        throw new FormRejected("Choose a password and repeat it.");
    }

    @Override
    public Description perform(String requestId, Map<String, String> form) {
        String password = form.get("password");
        if (password == null || password.isEmpty() || !password.equals(form.get("passwordConfirmation"))) {
            throw new FormRejected("Choose a password and repeat it exactly.");
        }
        String broken = PasswordRule.brokenRule(password);
        if (broken != null) {
            throw new FormRejected(Character.toUpperCase(broken.charAt(0)) + broken.substring(1) + ".");
        }
        Independence independence = Independence.findById(requestId);
        RequestRef request = requests.find(requestId);
        if (independence == null || independence.newEmail == null || !request.isOpen()) {
            throw new LinkRefused("This request is no longer waiting for confirmation. Nothing was changed.");
        }
        if (!profiles.find(independence.profileId).isActive()) {
            throw new LinkRefused("This profile is waiting to be deleted, so it cannot move to a new account. "
                    + "Nothing was changed.");
        }
        if (accounts.emailTaken(independence.newEmail)) {
            throw new LinkRefused("An account with this email address exists already. Ask the account holder to send "
                    + "a new request with another address. Nothing was changed.");
        }
        AccountRef account = profiles.makeIndependent(independence.profileId, independence.newEmail, password);
        independence.newAccountId = account.id();
        independence.confirmedAt = Instant.now(clock);
        independence.newEmail = null;
        try {
            runtime.createMessageCorrelation(CONFIRMED).processInstanceBusinessKey(requestId)
                    .setVariable("newAccountId", account.id()).correlateWithResult();
        } catch (ProcessEngineException e) {
            throw new LinkRefused("Your request was being updated at this very moment. Please try the link again.");
        }
        audit.record("PROFILE_MADE_INDEPENDENT", "link", requestId, independence.profileId,
                "from=" + request.accountId() + " to=" + account.id());
        return new Description("Your account is ready",
                "The profile and all its data are now in your own account. Log in with this email address and your "
                        + "new password.", null);
    }
}
