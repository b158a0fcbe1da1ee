package io.rightsflow.staff;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import io.rightsflow.account.PasswordRule;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the user {@code admin} at first start when {@code rightsflow.bootstrap.admin-password} is set,
 * and applies the setting again whenever it has changed since it was last applied. The hash of the
 * applied value is kept beside the user, so an unchanged setting leaves a password that an admin reset
 * through the API alone, while an operator locked out of every admin account gets back in by setting a
 * new value and restarting.
 */
@ApplicationScoped
class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);
    static final String USERNAME = "admin";
    static final String KEY = "rightsflow.bootstrap.admin-password";

    @Inject
    StaffAccounts staff;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = KEY)
    Optional<String> password;

    void onStart(@Observes StartupEvent event) {
        password.ifPresent(configured -> ensure(USERNAME, configured));
    }

    @Transactional
    void ensure(String username, String configured) {
        StaffUser user = StaffUser.findById(username, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            user = staff.create(username, configured, "admin");
            user.bootstrapPasswordHash = user.passwordHash;
            LOG.infof("created the bootstrap staff user '%s' from %s", username, KEY);
            return;
        }
        String applied = user.bootstrapPasswordHash;
        if (applied != null && Passwords.matches(configured, applied)) {
            return; // unchanged since it was applied
        }
        if (applied == null && Passwords.matches(configured, user.passwordHash)) {
            user.bootstrapPasswordHash = user.passwordHash; // created before the hash was kept: adopt it
            return;
        }
        String broken = PasswordRule.brokenRule(configured);
        if (broken != null) {
            LOG.warnf("%s has changed but is not applied to the staff user '%s': the new value breaks the password "
                    + "rule (%s). Set a value that follows it and restart, or reset the password with "
                    + "PUT /api/staff/%s/password as another admin", KEY, username, broken, username);
            return;
        }
        user.passwordHash = Passwords.hash(configured);
        user.bootstrapPasswordHash = user.passwordHash;
        audit.record("STAFF_PASSWORD_RESET", "configuration:" + KEY, null, null, "username=" + username);
        LOG.warnf("%s has changed since it was last applied: the password of the staff user '%s' is now the "
                + "configured one. Unset the key (or leave it unchanged) to keep passwords reset through the API",
                KEY, username);
    }
}
