package io.rightsflow.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The Art. 19 notices of a change that is not an erasure: restricted, restriction lifted,
 * rectified. One per active link of the profile to a partner that takes notices, each a process
 * of its own under the request's id (see {@link NoticeDelivery}); the link stays as it is.
 */
@ApplicationScoped
public class ChangeNotices {

    @Inject
    PartnerSettings settings;

    @Inject
    NoticeDelivery delivery;

    /**
     * Captures and starts the notice of this change to each partner the profile is linked to now,
     * in the caller's transaction; a partner without a change-notice-url is skipped, a notice
     * already started for this request, link and kind is not started again.
     *
     * @param kind RESTRICTED, RESTRICTION_LIFTED or RECTIFIED
     * @return how many notices were started
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int startFor(String requestId, String profileId, String kind) {
        NoticeToPartner.Kind change = NoticeToPartner.Kind.valueOf(kind);
        if (change == NoticeToPartner.Kind.ERASURE) {
            throw new IllegalArgumentException("an erasure's notices follow its revoked links: ErasureNotices");
        }
        int started = 0;
        for (PartnerGrant grant : PartnerGrant.activeOf(profileId)) {
            if (settings.url(grant.partnerId, PartnerSettings.Endpoint.CHANGE_NOTICE).isEmpty()) {
                continue;
            }
            if (delivery.start(requestId, change, grant)) {
                started++;
            }
        }
        return started;
    }
}
