package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.system.UniqueConstraints;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.RuntimeService;

/** Files, finds and cancels data-rights requests, handing each type to the feature that runs it. */
@ApplicationScoped
public class Requests {

    private static final String EXCLUSIVE_CONSTRAINT = "data_request_exclusive_key_unique";

    @Inject
    Instance<RequestHandler> handlers;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RuntimeService runtime;

    @Inject
    Links links;

    @Transactional
    public DataRequest file(NewRequest body) {
        if (body == null || body.type() == null) {
            throw ProblemException.badRequest("type is required: one of PROFILE_ERASURE, ACCOUNT_ERASURE, EXPORT, "
                    + "OBJECTION, INDEPENDENCE, PARTNER_DISCONNECTION");
        }
        RequestHandler handler = handler(body.type());
        DataRequest request = newRecord(body.type(), caller.isSubject() ? Channel.SELF_SERVICE : Channel.CUSTOMER_SERVICE,
                caller.actor());
        handler.accept(body, request);
        return store(handler, request);
    }

    /**
     * Files a request that a link in one of our emails asked for. There is no login: the link was
     * issued for this account and profile, and vouches for them in place of the caller's checks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DataRequest fileFromLink(RequestType type, String accountId, String profileId, String actor) {
        DataRequest request = newRecord(type, Channel.SELF_SERVICE, actor);
        request.accountId = accountId;
        request.profileId = profileId;
        return store(handler(type), request);
    }

    /**
     * Ends every other open request about a profile that is being erased (an objection under
     * review, a pending independence, an export being built): nothing is left for them to act on.
     * Their processes are deleted, their links revoked, and they end CANCELLED with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endOthersOf(String profileId, String erasureRequestId) {
        return end(DataRequest.list("profileId = ?1 and id <> ?2", profileId, erasureRequestId), erasureRequestId,
                "profile");
    }

    /** As {@link #endOthersOf}, for every other open request of an account being erased. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endOthersOfAccount(String accountId, String erasureRequestId) {
        return end(DataRequest.list("accountId = ?1 and id <> ?2", accountId, erasureRequestId), erasureRequestId,
                "account");
    }

    private int end(List<DataRequest> requests, String erasureRequestId, String erased) {
        List<DataRequest> open = requests.stream().filter(DataRequest::isOpen).toList();
        String reason = erased + " erased by request " + erasureRequestId;
        for (DataRequest other : open) {
            if (other.processInstanceId != null
                    && runtime.createProcessInstanceQuery().processInstanceId(other.processInstanceId).count() > 0) {
                runtime.deleteProcessInstance(other.processInstanceId, reason, true, true);
            }
            links.revokeAll(other.id);
            other.status = RequestStatus.CANCELLED;
            other.completedAt = Instant.now(clock);
            audit.record("REQUEST_CANCELLED", AuditTrail.SYSTEM, other.id, other.profileId, reason);
        }
        return open.size();
    }

    private DataRequest newRecord(RequestType type, Channel channel, String actor) {
        DataRequest request = new DataRequest();
        request.id = UUID.randomUUID().toString();
        request.type = type;
        request.status = RequestStatus.RECEIVED;
        request.channel = channel;
        request.filedBy = actor;
        request.receivedAt = Instant.now(clock);
        request.dueAt = DueDates.oneMonthAfter(request.receivedAt);
        return request;
    }

    private DataRequest store(RequestHandler handler, DataRequest request) {
        String scope = handler.exclusiveScope(request);
        if (scope != null) {
            request.exclusiveKey = request.type + ":" + scope;
            DataRequest open = openWith(request.exclusiveKey);
            if (open != null) {
                throw alreadyOpen(open);
            }
        }
        try {
            request.persistAndFlush();
        } catch (PersistenceException e) {
            if (!UniqueConstraints.violated(e, EXCLUSIVE_CONSTRAINT)) {
                throw e;
            }
            // Filed at the same instant as its twin, which won: its row is committed by now.
            String key = request.exclusiveKey;
            DataRequest winner = QuarkusTransaction.requiringNew().call(() -> openWith(key));
            throw winner == null ? ProblemException.conflict("an identical " + request.type + " request was filed at "
                    + "the same moment; look it up with GET /api/requests") : alreadyOpen(winner);
        }
        audit.record("REQUEST_RECEIVED", request.filedBy, request.id, request.profileId,
                "type=" + request.type + " channel=" + request.channel);
        request.processInstanceId = handler.start(request);
        return request;
    }

    /**
     * 409 for a request whose subject already has an open one of its type (e.g. a profile pending
     * deletion), naming that request when there is one.
     */
    public ProblemException alreadyOpen(RequestType type, String scope, String detail) {
        DataRequest open = openWith(type + ":" + scope);
        return open == null ? ProblemException.conflict(detail) : alreadyOpen(open, detail + ": ");
    }

    private static ProblemException alreadyOpen(DataRequest open) {
        return alreadyOpen(open, "");
    }

    private static ProblemException alreadyOpen(DataRequest open, String why) {
        return ProblemException.conflict(why + "request " + open.id + " (" + open.type + ", " + open.status + ") is "
                + "still open for the same subject; follow it, or cancel it first where its process allows")
                .with("openRequestId", open.id);
    }

    private static DataRequest openWith(String exclusiveKey) {
        return DataRequest.find("exclusiveKey", exclusiveKey).firstResult();
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

    /** What the person can do next about a request they have just filed, or null. */
    public String noticeOf(DataRequest request) {
        return handler(request.type).notice(request);
    }

    private RequestHandler handler(RequestType type) {
        return handlers.stream().filter(h -> h.type() == type).findFirst()
                .orElseThrow(() -> new ProblemException(Status.NOT_IMPLEMENTED,
                        "requests of type " + type + " are not handled by this version of Rightsflow yet"));
    }
}
