package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Every notice to a partner (partner-erasure-notice.bpmn, whatever its kind): captured as a row,
 * started as one process per link under the request's id (so that its steps show on the request),
 * delivered once, and at the desk when the partner never accepts it.
 */
@ApplicationScoped
class NoticeDelivery {

    static final String PROCESS = "partner-erasure-notice";

    @Inject
    PartnerNotices notices;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Captures the notice of this kind to the partner of this link and starts it, once per request, link and kind. */
    boolean start(String requestId, NoticeToPartner.Kind kind, PartnerGrant grant) {
        if (NoticeToPartner.count("requestId = ?1 and grantId = ?2 and kind = ?3", requestId, grant.id, kind) > 0) {
            return false;
        }
        NoticeToPartner notice = new NoticeToPartner();
        notice.id = UUID.randomUUID().toString();
        notice.requestId = requestId;
        notice.kind = kind;
        notice.grantId = grant.id;
        notice.partnerId = grant.partnerId;
        notice.linkedAt = grant.linkedAt;
        notice.revokedAt = kind == NoticeToPartner.Kind.ERASURE ? grant.revokedAt : null;
        notice.status = NoticeToPartner.Status.PENDING;
        notice.createdAt = Instant.now(clock);
        notice.persist();
        notice.processInstanceId = runtime.startProcessInstanceByKey(PROCESS, requestId,
                Map.of("requestId", requestId, "noticeId", notice.id)).getId();
        return true;
    }

    /**
     * Tells the partner, each call once: of an erasure, that the link is revoked and, where it takes
     * notices, to erase; of a change, what changed. In the step's transaction, and not
     * {@code @Transactional}: a refusal that the step turns into a BPMN error must not mark that
     * transaction for rollback on its way out.
     */
    void deliver(String noticeId) {
        NoticeToPartner notice = NoticeToPartner.findById(noticeId);
        if (notice.status != NoticeToPartner.Status.PENDING) {
            return;
        }
        if (notice.kind == NoticeToPartner.Kind.ERASURE) {
            notices.sendRevocation(notice.target(), notice.requestId);
            notices.sendErasureNotice(notice.target(), notice.requestId);
        } else {
            notices.sendChangeNotice(notice.target(), notice.requestId, notice.kind);
        }
        notice.status = NoticeToPartner.Status.SENT;
        notice.endedAt = Instant.now(clock);
    }

    /** The partner did not accept on the last attempt: the notice waits at the desk; auditors see which partner. */
    void notReached(String noticeId, String why) {
        NoticeToPartner notice = NoticeToPartner.findById(noticeId);
        audit.record("PARTNER_NOT_REACHED", AuditTrail.SYSTEM, notice.requestId, null, "partner=" + notice.partnerId
                + " grant=" + notice.grantId + " " + notice.kind.words() + ", every retry used (" + why + "): on the desk");
    }
}
