package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * Moves a request through its statuses from the processes, e.g.
 * {@code ${requestLifecycle.close(requestId, 'COMPLETED')}} on an end event.
 */
@Named
@ApplicationScoped
public class RequestLifecycle {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Links links;

    @Inject
    RequestNotices notices;

    @Inject
    Event<RequestClosed> ended;

    @Transactional(Transactional.TxType.MANDATORY)
    public void status(String requestId, String status) {
        DataRequest request = DataRequest.findById(requestId);
        request.status = RequestStatus.valueOf(status);
        audit.record("REQUEST_" + status, AuditTrail.SYSTEM, requestId, request.profileId, null);
        if (request.status.isFinal()) {
            ended(request);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void close(String requestId, String status) {
        DataRequest request = DataRequest.findById(requestId);
        request.status = RequestStatus.valueOf(status);
        request.completedAt = Instant.now(clock);
        boolean onTime = !request.completedAt.isAfter(request.dueAt);
        audit.record("REQUEST_" + status, AuditTrail.SYSTEM, requestId, request.profileId, "onTime=" + onTime);
        ended(request);
    }

    /**
     * Ends a request whose profile or account is being erased ({@code erased}: "profile" or
     * "account"), at the end event of the process that caught {@link Requests#SUBJECT_ERASED}:
     * its links go, and it is CANCELLED with the erasure named as the reason (ids only). A request
     * answered before whose process still waited keeps its status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endForErasure(String requestId, String erased, String erasureRequestId) {
        DataRequest request = DataRequest.findById(requestId);
        links.revokeAll(requestId);
        if (!request.isOpen()) {
            // Answered before (a restriction waiting to be lifted): the answer stands, nothing more is mailed.
            audit.record("REQUEST_PROCESS_ENDED", AuditTrail.SYSTEM, requestId, request.profileId,
                    erased + " erased by request " + erasureRequestId);
            return;
        }
        request.status = RequestStatus.CANCELLED;
        request.completedAt = Instant.now(clock);
        audit.record("REQUEST_CANCELLED", AuditTrail.SYSTEM, requestId, request.profileId,
                erased + " erased by request " + erasureRequestId);
        notices.endedByErasure(requestId, erased);
        ended(request);
    }

    /**
     * Ends a request refused at the desk ({@link RequestRefusals}), at the end event of the
     * process that caught {@link RequestRefusals#REQUEST_REFUSED}: its links go, and it is REJECTED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endByRefusal(String requestId) {
        DataRequest request = DataRequest.findById(requestId);
        links.revokeAll(requestId);
        request.status = RequestStatus.REJECTED;
        request.completedAt = Instant.now(clock);
        boolean onTime = !request.completedAt.isAfter(request.dueAt);
        audit.record("REQUEST_REJECTED", AuditTrail.SYSTEM, requestId, request.profileId,
                "refused at the desk, onTime=" + onTime);
        ended(request);
    }

    /**
     * Every way a request's status becomes final passes here: what follows the request (e.g. the
     * desk's due-date watch) ends with it, in this transaction (synchronous observers).
     */
    private void ended(DataRequest request) {
        ended.fire(new RequestClosed(request.id, request.status));
    }
}
