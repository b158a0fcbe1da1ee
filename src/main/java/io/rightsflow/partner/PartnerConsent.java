package io.rightsflow.partner;

import io.rightsflow.consent.ConsentWithdrawn;
import io.rightsflow.consent.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Linking was the consent to partner sharing; withdrawn on its own, it ends every link of the
 * profile at once, so that linking another partner later does not wake the old ones. The links end
 * as an erasure ends them: revoked, their tokens dropped, nothing more delivered.
 */
@ApplicationScoped
class PartnerConsent {

    @Inject
    PartnerGrants grants;

    void withdrawn(@Observes ConsentWithdrawn withdrawal) {
        if (withdrawal.purpose() == Purpose.PARTNER_SHARING) {
            PartnerGrant.activeOf(withdrawal.profileId()).forEach(grant -> grants.revoke(grant, null, withdrawal.actor()));
        }
    }
}
