package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void status(String requestId, String status) {
        DataRequest request = DataRequest.findById(requestId);
        request.status = RequestStatus.valueOf(status);
        audit.record("REQUEST_" + status, AuditTrail.SYSTEM, requestId, request.profileId, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void close(String requestId, String status) {
        DataRequest request = DataRequest.findById(requestId);
        request.status = RequestStatus.valueOf(status);
        request.completedAt = Instant.now(clock);
        boolean onTime = !request.completedAt.isAfter(request.dueAt);
        audit.record("REQUEST_" + status, AuditTrail.SYSTEM, requestId, request.profileId, "onTime=" + onTime);
    }
}
