package io.rightsflow.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import io.rightsflow.account.PasswordRule;
import io.rightsflow.security.Passwords;
import io.rightsflow.security.Login;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates staff users and lets them log in. */
@ApplicationScoped
class StaffAccounts implements Login {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

    @Inject
    Clock clock;

    @Transactional
    public StaffUser create(String username, String password, String role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.badRequest(
                    "username must be 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (!Roles.isStaffRole(role)) {
            throw ProblemException.badRequest("role must be one of agent, auditor, admin");
        }
        PasswordRule.require(password);
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

    @Override
    @Transactional
    public Optional<Credential> find(String username) {
        if (username == null || username.contains("@")) {
            return Optional.empty();
        }
        StaffUser user = StaffUser.findById(username);
        if (user == null) {
            return Optional.empty();
        }
        return Optional.of(new Credential(new Identity(user.username, user.role, null), user.passwordHash));
    }
}
