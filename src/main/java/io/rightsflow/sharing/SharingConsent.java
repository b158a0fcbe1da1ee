package io.rightsflow.sharing;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.consent.ConsentWithdrawn;
import io.rightsflow.consent.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sharing was the consent to dashboard sharing; withdrawn on its own, it stops every share of the
 * profile at once, those waiting for an account too, so that a later share does not bring the old
 * viewers back.
 */
@ApplicationScoped
class SharingConsent {

    @Inject
    AuditTrail audit;

    void withdrawn(@Observes ConsentWithdrawn withdrawal) {
        if (withdrawal.purpose() == Purpose.DASHBOARD_SHARING) {
            long stopped = DashboardShare.delete("profileId", withdrawal.profileId())
                    + WaitingShare.delete("profileId", withdrawal.profileId());
            if (stopped > 0) {
                audit.record("DASHBOARD_SHARE_REMOVED", withdrawal.actor(), null, withdrawal.profileId(),
                        "shares=" + stopped + " consent withdrawn");
            }
        }
    }
}
