package io.rightsflow.partner;

import java.util.List;
import java.util.TreeSet;

import io.rightsflow.catalog.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The Art. 19 notices of an erasure: one per revoked link (see {@link NoticeDelivery}), captured
 * before the purge and working from their own row, so that the purge need not wait for any partner.
 */
@ApplicationScoped
public class ErasureNotices {

    @Inject
    PartnerNotices notices;

    @Inject
    PartnerSettings settings;

    @Inject
    NoticeDelivery delivery;

    /**
     * Captures each link this erasure revoked and starts its notice, in the caller's transaction
     * (the one that revoked them, before any purge); a link already captured is left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int startFor(String requestId) {
        int started = 0;
        for (PartnerGrant grant : PartnerGrant.<PartnerGrant>list("revokedByRequest = ?1 order by linkedAt", requestId)) {
            if (!hasEndpoint(grant.partnerId, PartnerSettings.Endpoint.REVOCATION)
                    && !hasEndpoint(grant.partnerId, PartnerSettings.Endpoint.ERASURE_NOTICE)) {
                continue; // nothing to tell a partner that takes no calls
            }
            if (delivery.start(requestId, NoticeToPartner.Kind.ERASURE, grant)) {
                started++;
            }
        }
        return started;
    }

    /**
     * The names of the partners told of this erasure or being told (notice sent or still pending),
     * for the final mails and the certificate; a notice the desk gave up on is not among them.
     */
    public List<String> partnersTold(String requestId) {
        TreeSet<String> ids = new TreeSet<>(notices.notifiedFor(requestId));
        NoticeToPartner.of(requestId).stream()
                .filter(n -> n.kind == NoticeToPartner.Kind.ERASURE && n.status == NoticeToPartner.Status.PENDING)
                .filter(n -> hasEndpoint(n.partnerId, PartnerSettings.Endpoint.ERASURE_NOTICE))
                .forEach(n -> ids.add(n.partnerId));
        return ids.stream().map(id -> Partner.<Partner>findById(id).name).sorted().toList();
    }

    private boolean hasEndpoint(String partnerId, PartnerSettings.Endpoint endpoint) {
        return settings.url(partnerId, endpoint).isPresent();
    }
}
