package io.rightsflow.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.rightsflow.account.PasswordRule;
import io.rightsflow.security.Login;
import io.rightsflow.security.Passwords;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Creates, disables, enables staff users and resets their passwords; lets the enabled ones log in. */
@ApplicationScoped
class StaffAccounts implements Login {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

    @Inject
    Clock clock;

    /** The username rule in words, as the admin page shows it before a username is chosen. */
    static final String USERNAME_RULE = "username must be 2 to 64 lower-case letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit";
    static final String ROLE_RULE = "role must be one of agent, auditor, admin, compliance-officer";

    /** What is wrong with a new user's username, role and password, by field; empty when create would go on. */
    static Map<String, String> problems(String username, String password, String role) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.put("username", USERNAME_RULE);
        }
        if (!Roles.isStaffRole(role)) {
            problems.put("role", ROLE_RULE);
        }
        String broken = PasswordRule.brokenRule(password);
        if (broken != null) {
            problems.put("password", broken);
        }
        return problems;
    }

    @Transactional
    public StaffUser create(String username, String password, String role) {
        problems(username, password, role).values().stream().findFirst().ifPresent(problem -> {
            throw ProblemException.badRequest(problem);
        });
        if (StaffUser.findById(username) != null) {
            throw ProblemException.conflict("a staff user with this username already exists");
        }
        StaffUser user = new StaffUser();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.role = role;
        user.createdAt = Instant.now(clock);
        user.persist();
        return user;
    }

    @Transactional
    public List<StaffUser> list() {
        return StaffUser.list("order by username");
    }

    /** @return whether this changed anything (false when the user was disabled already) */
    @Transactional
    public boolean disable(String username) {
        StaffUser user = existing(username);
        if (!user.enabled) {
            return false;
        }
        if (Roles.ADMIN.equals(user.role)) {
            // Locks every enabled admin, so that two admins disabling each other at the same instant
            // cannot both pass this check: the second waits, then counts one.
            List<StaffUser> admins = StaffUser.find("role = ?1 and enabled = true", Roles.ADMIN)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
            if (admins.size() <= 1) {
                throw ProblemException.conflict("this is the last enabled admin: create or enable another admin first, "
                        + "so that someone can still manage staff users");
            }
        }
        user.enabled = false;
        return true;
    }

    /** @return whether this changed anything (false when the user was enabled already) */
    @Transactional
    public boolean enable(String username) {
        StaffUser user = existing(username);
        if (user.enabled) {
            return false;
        }
        user.enabled = true;
        return true;
    }

    @Transactional
    public void resetPassword(String username, String password) {
        StaffUser user = existing(username);
        PasswordRule.require(password);
        user.passwordHash = Passwords.hash(password);
    }

    private static StaffUser existing(String username) {
        StaffUser user = username == null ? null : StaffUser.findById(username);
        if (user == null) {
            throw ProblemException.notFound("this staff user");
        }
        return user;
    }

    @Override
    @Transactional
    public Optional<Credential> find(String username) {
        if (username == null || username.contains("@")) {
            return Optional.empty();
        }
        StaffUser user = StaffUser.findById(username);
        if (user == null || !user.enabled) {
            return Optional.empty();
        }
        return Optional.of(new Credential(new Identity(user.username, user.role, null), user.passwordHash));
    }
}
