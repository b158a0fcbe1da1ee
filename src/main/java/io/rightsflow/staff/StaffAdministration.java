package io.rightsflow.staff;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What an admin does to staff users, with its audit record, for both the JSON API (/api/staff) and
 * the admin page (/staff): a refusal throws before anything is written, and rolls back.
 */
@ApplicationScoped
class StaffAdministration {

    @Inject
    StaffAccounts staff;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Transactional
    StaffUser create(String username, String password, String role) {
        StaffUser user = staff.create(username, password, role);
        audit.record("STAFF_CREATED", caller.actor(), null, null, "username=" + user.username + " role=" + user.role);
        return user;
    }

    /** @return the user as it is now (disabled already is no change and no record) */
    @Transactional
    StaffUser disable(String username) {
        if (staff.disable(username)) {
            audit.record("STAFF_DISABLED", caller.actor(), null, null, "username=" + username);
        }
        return StaffUser.findById(username);
    }

    /** @return the user as it is now (enabled already is no change and no record) */
    @Transactional
    StaffUser enable(String username) {
        if (staff.enable(username)) {
            audit.record("STAFF_ENABLED", caller.actor(), null, null, "username=" + username);
        }
        return StaffUser.findById(username);
    }

    @Transactional
    void resetPassword(String username, String password) {
        staff.resetPassword(username, password);
        audit.record("STAFF_PASSWORD_RESET", caller.actor(), null, null, "username=" + username);
    }
}
