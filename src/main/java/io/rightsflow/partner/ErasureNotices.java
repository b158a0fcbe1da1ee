package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.catalog.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The Art. 19 notices of an erasure: one process per revoked link (partner-erasure-notice.bpmn),
 * started with the erasure request's id as business key so that its steps show on the request,
 * and working from an {@link ErasureNotice} row, so that the purge need not wait for any partner.
 */
@ApplicationScoped
public class ErasureNotices {

    static final String PROCESS = "partner-erasure-notice";

    @Inject
    PartnerNotices notices;

    @Inject
    PartnerSettings settings;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

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
            if (ErasureNotice.count("requestId = ?1 and grantId = ?2", requestId, grant.id) > 0) {
                continue;
            }
            ErasureNotice notice = new ErasureNotice();
            notice.id = UUID.randomUUID().toString();
            notice.requestId = requestId;
            notice.grantId = grant.id;
            notice.partnerId = grant.partnerId;
            notice.linkedAt = grant.linkedAt;
            notice.revokedAt = grant.revokedAt;
            notice.status = ErasureNotice.Status.PENDING;
            notice.createdAt = Instant.now(clock);
            notice.persist();
            notice.processInstanceId = runtime.startProcessInstanceByKey(PROCESS, requestId,
                    Map.of("requestId", requestId, "noticeId", notice.id)).getId();
            started++;
        }
        return started;
    }

    /**
     * Tells the partner that the link is revoked and, where it takes notices, to erase; each call
     * is made once. In the step's transaction, and not {@code @Transactional}: a refusal that the
     * step turns into a BPMN error must not mark that transaction for rollback on its way out.
     */
    public void deliver(String noticeId) {
        ErasureNotice notice = ErasureNotice.findById(noticeId);
        if (notice.status != ErasureNotice.Status.PENDING) {
            return;
        }
        notices.sendRevocation(notice.target(), notice.requestId);
        notices.sendErasureNotice(notice.target(), notice.requestId);
        notice.status = ErasureNotice.Status.SENT;
        notice.endedAt = Instant.now(clock);
    }

    /** The partner did not accept on the last attempt: the notice waits at the desk; auditors see which partner. */
    public void notReached(String noticeId, String why) {
        ErasureNotice notice = ErasureNotice.findById(noticeId);
        audit.record("PARTNER_NOT_REACHED", AuditTrail.SYSTEM, notice.requestId, null, "partner=" + notice.partnerId
                + " grant=" + notice.grantId + " erasure notice, every retry used (" + why + "): on the desk");
    }

    /**
     * The names of the partners told of this erasure or being told (notice sent or still pending),
     * for the final mails and the certificate; a notice the desk gave up on is not among them.
     */
    public List<String> partnersTold(String requestId) {
        TreeSet<String> ids = new TreeSet<>(notices.notifiedFor(requestId));
        ErasureNotice.of(requestId).stream()
                .filter(n -> n.status == ErasureNotice.Status.PENDING)
                .filter(n -> hasEndpoint(n.partnerId, PartnerSettings.Endpoint.ERASURE_NOTICE))
                .forEach(n -> ids.add(n.partnerId));
        return ids.stream().map(id -> Partner.<Partner>findById(id).name).sorted().toList();
    }

    private boolean hasEndpoint(String partnerId, PartnerSettings.Endpoint endpoint) {
        return settings.url(partnerId, endpoint).isPresent();
    }
}
