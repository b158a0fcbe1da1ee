package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;

/** Files, finds and cancels data-rights requests, handing each type to the feature that runs it. */
@ApplicationScoped
public class Requests {

    @Inject
    Instance<RequestHandler> handlers;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public DataRequest file(NewRequest body) {
        if (body == null || body.type() == null) {
            throw ProblemException.badRequest("type is required: one of PROFILE_ERASURE, ACCOUNT_ERASURE, EXPORT, "
                    + "OBJECTION, INDEPENDENCE, PARTNER_DISCONNECTION");
        }
        RequestHandler handler = handler(body.type());
        DataRequest request = new DataRequest();
        request.id = UUID.randomUUID().toString();
        request.type = body.type();
        request.status = RequestStatus.RECEIVED;
        request.channel = caller.isSubject() ? Channel.SELF_SERVICE : Channel.CUSTOMER_SERVICE;
        request.filedBy = caller.actor();
        request.receivedAt = Instant.now(clock);
        request.dueAt = DueDates.oneMonthAfter(request.receivedAt);
        handler.accept(body, request);
        request.persist();
        audit.record("REQUEST_RECEIVED", request.filedBy, request.id, request.profileId,
                "type=" + request.type + " channel=" + request.channel);
        request.processInstanceId = handler.start(request);
        return request;
    }

    /** The request, when the caller may see it: staff see all, a subject only their own. */
    public DataRequest visible(String id) {
        DataRequest request = id == null ? null : DataRequest.findById(id);
        boolean mine = request != null && caller.isSubject() && caller.accountId().equals(request.accountId);
        boolean staff = caller.hasRole(Roles.AGENT) || caller.hasRole(Roles.AUDITOR);
        if (request == null || !(mine || staff)) {
            throw ProblemException.notFound("request " + id);
        }
        return request;
    }

    @Transactional
    public DataRequest cancel(String id) {
        DataRequest request = visible(id);
        if (!request.isOpen()) {
            throw ProblemException.conflict("request " + id + " is " + request.status + " and can no longer be cancelled");
        }
        handler(request.type).cancel(request, caller.actor());
        return request;
    }

    private RequestHandler handler(RequestType type) {
        return handlers.stream().filter(h -> h.type() == type).findFirst()
                .orElseThrow(() -> new ProblemException(Status.NOT_IMPLEMENTED,
                        "requests of type " + type + " are not handled by this version of Rightsflow yet"));
    }
}
