package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.workflow.EngineRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
    RequestLifecycle lifecycle;

    @Inject
    AgentFiling agentFiling;

    @Inject
    Event<RequestFiled> filed;

    @Transactional
    DataRequest file(NewRequest body) {
        if (body == null || body.type() == null) {
            throw ProblemException.badRequest("type is required: one of " + java.util.Arrays.stream(RequestType.values())
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", "))).with("field", "type");
        }
        RequestHandler handler = handler(body.type());
        boolean agent = !caller.isSubject();
        if (agent) {
            agentFiling.check(body);
        }
        DataRequest request = newRecord(body.type(), agent ? Channel.CUSTOMER_SERVICE : Channel.SELF_SERVICE,
                caller.actor());
        if (agent) {
            AgentFiling.record(request, body);
        }
        subject(request, handler.accept(body, request.id));
        return store(handler, request);
    }

    /**
     * Files a request for the signed-in caller, with the same checks as POST /api/requests (the
     * pages of the privacy guide file through here); a refusal is the same problem the API answers.
     */
    @Transactional
    public RequestRef fileForCaller(NewRequest body) {
        return RequestRef.of(file(body));
    }

    /**
     * Files a request that a link in one of our emails asked for. There is no login: the link was
     * issued for this account and profile, and vouches for them in place of the caller's checks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RequestRef fileFromLink(RequestType type, RequestSubject subject, String actor) {
        DataRequest request = newRecord(type, Channel.SELF_SERVICE, actor);
        subject(request, subject);
        return RequestRef.of(store(handler(type), request));
    }

    private static void subject(DataRequest request, RequestSubject subject) {
        request.accountId = subject.accountId();
        request.profileId = subject.profileId();
    }

    /**
     * The message that ends a request whose profile or account is being erased: every process
     * that can be open then catches it in an event subprocess, whose end event cancels the
     * request ({@link RequestLifecycle#endForErasure}). Its variables name the erasure by id:
     * {@value #ERASED} ("profile" or "account") and {@value #ERASURE_REQUEST_ID}.
     */
    public static final String SUBJECT_ERASED = "SubjectErased";
    static final String ERASED = "erased";
    static final String ERASURE_REQUEST_ID = "erasureRequestId";

    /**
     * Ends every other open request about a profile that is being erased (an objection under
     * review, a pending independence, an export being built): nothing is left for them to act on.
     * Each process catches {@link #SUBJECT_ERASED} and ends, cancelling its request, before this returns.
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
        List<DataRequest> open = requests.stream().filter(DataRequest::isOpen)
                .filter(r -> !handler(r.type).finishesOnItsOwn(RequestRef.of(r))).toList();
        for (DataRequest other : open) {
            // Synchronous: the caught message has cancelled the request when this returns, in this transaction.
            runtime.createMessageCorrelation(SUBJECT_ERASED).processInstanceBusinessKey(other.id)
                    .setVariable(ERASED, erased).setVariable(ERASURE_REQUEST_ID, erasureRequestId)
                    .correlateAllWithResult();
            if (other.isOpen()) {
                endWithoutProcess(other, erasureRequestId, erased);
            }
        }
        // An answered request whose process still waits on the person's data (a restriction in
        // place until the desk lifts it) ends too; its answer stands (RequestLifecycle#endForErasure).
        requests.stream().filter(r -> !r.isOpen() && r.processInstanceId != null)
                .filter(r -> runtime.createProcessInstanceQuery().processInstanceId(r.processInstanceId).count() > 0)
                .forEach(answered -> runtime.createMessageCorrelation(SUBJECT_ERASED)
                        .processInstanceId(answered.processInstanceId)
                        .setVariable(ERASED, erased).setVariable(ERASURE_REQUEST_ID, erasureRequestId)
                        .correlateAllWithResult());
        return open.size();
    }

    /**
     * A request left open though its process did not catch the message. Where that process has
     * ended without closing it (which no diagram does), Java closes it as the end event would have.
     * Where it still runs, it is an instance of a version deployed before the diagrams caught the
     * message (or a profile erasure whose last mail is still pending): it is deleted, as every
     * version did before, so that an upgrade never leaves an erasure stuck behind it.
     */
    private void endWithoutProcess(DataRequest request, String erasureRequestId, String erased) {
        if (request.processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(request.processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(request.processInstanceId, erased + " erased by request " + erasureRequestId,
                    true, true);
        }
        lifecycle.endForErasure(request.id, erased, erasureRequestId);
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
        String scope = handler.exclusiveScope(RequestRef.of(request));
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
        // The ticket and the method, never the note: the trail outlives an erasure, the note may name the person.
        audit.record("REQUEST_RECEIVED", request.filedBy, request.id, request.profileId,
                "type=" + request.type + " channel=" + request.channel + (request.ticket == null ? ""
                        : " ticket=" + request.ticket + " identityCheck=" + request.identityCheck));
        request.processInstanceId = handler.start(RequestRef.of(request));
        // Synchronous observers, in this transaction: what follows every request starts with it or not at all.
        filed.fire(new RequestFiled(request.id));
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

    /** The request, when the caller may see it: staff see all, a subject only their own; 404 otherwise. */
    public RequestRef visible(String id) {
        return RequestRef.of(visibleRecord(id));
    }

    DataRequest visibleRecord(String id) {
        DataRequest request = id == null ? null : DataRequest.findById(id);
        boolean mine = request != null && caller.isSubject() && caller.accountId().equals(request.accountId);
        boolean staff = caller.hasRole(Roles.AGENT) || caller.hasRole(Roles.AUDITOR);
        if (request == null || !(mine || staff)) {
            throw ProblemException.notFound("request " + id);
        }
        return request;
    }

    /** Cancels for the caller, tried again when a step of the request's process ran at that moment. */
    String cancel(String id) {
        return EngineRaces.retried(() -> cancelOnce(id).id);
    }

    private DataRequest cancelOnce(String id) {
        DataRequest request = visibleRecord(id);
        if (!request.isOpen()) {
            throw ProblemException.conflict("request " + id + " is " + request.status + " and can no longer be cancelled");
        }
        handler(request.type).cancel(RequestRef.of(request), caller.actor());
        return request;
    }

    /**
     * Whether the caller's {@link #cancel} would accept this request now: open, and its process
     * allows it (the handler's rule). The pages show Cancel only then.
     */
    public boolean cancellable(RequestRef request) {
        return request.isOpen() && handler(request.type()).cancellable(request);
    }

    /** How an agent may have checked a subject's identity when filing for them (rightsflow.desk.identity-checks). */
    public List<String> identityChecks() {
        return List.copyOf(agentFiling.methods());
    }

    /** The request with this id, or null. */
    public RequestRef find(String id) {
        return id == null ? null : RequestRef.of(DataRequest.findById(id));
    }

    /** The request whose own process this is (its business key), or null. */
    public RequestRef ofProcess(String processInstanceId) {
        return RequestRef.of(DataRequest.find("processInstanceId", processInstanceId).firstResult());
    }

    /** Requests by id, for a list that names many (e.g. the desk's queue). */
    public Map<String, RequestRef> byIds(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : DataRequest.<DataRequest>list("id in ?1", Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(r -> r.id, RequestRef::of));
    }

    /** The open request of this type about the profile, or null (at most one where the type is exclusive). */
    public RequestRef openOf(String profileId, RequestType type) {
        return RequestRef.of(DataRequest.<DataRequest>list("profileId = ?1 and type = ?2", profileId, type).stream()
                .filter(DataRequest::isOpen).findFirst().orElse(null));
    }

    /** Every request received in [from, to), oldest first: the compliance report's input. */
    public List<RequestRef> receivedBetween(Instant from, Instant to) {
        return DataRequest.<DataRequest>list("receivedAt >= ?1 and receivedAt < ?2 order by receivedAt", from, to)
                .stream().map(RequestRef::of).toList();
    }

    /**
     * Moves the due date once, by the months the law allows, with the reasons the subject is told
     * (Art. 12(3)); the caller checks the other rules. Empty when the request was extended already:
     * the write is conditional in the database, so of two extensions at the same instant one wins.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RequestRef> extendDue(String id, int months, String reason) {
        DataRequest request = DataRequest.findById(id);
        Instant extended = request.dueAt.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
        int changed = DataRequest.update("dueAt = ?1, extendedMonths = ?2, extensionReason = ?3 "
                + "where id = ?4 and extendedMonths is null", extended, months, reason, id);
        if (changed == 0) {
            return Optional.empty();
        }
        DataRequest.getEntityManager().refresh(request);
        return Optional.of(RequestRef.of(request));
    }

    /** Forgets the free-text extension reasons of a profile's requests (they may name the person). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetExtensionReasons(String profileId) {
        return DataRequest.update("extensionReason = null where profileId = ?1 and extensionReason is not null",
                profileId);
    }

    /** The requests about the whole account rather than one profile (an account's erasure or copy). */
    public List<RequestRef> ofAccountAsAWhole(String accountId) {
        return DataRequest.<DataRequest>list("accountId = ?1 and profileId is null order by receivedAt, id", accountId)
                .stream().map(RequestRef::of).toList();
    }

    /** Every request about the profile, oldest first. */
    public List<RequestRef> ofProfile(String profileId) {
        return DataRequest.<DataRequest>list("profileId = ?1 order by receivedAt, id", profileId).stream()
                .map(RequestRef::of).toList();
    }

    /** Why the profile's requests took longer, as the desk wrote it to the person. */
    public record Extension(String requestId, int months, String reason) {
    }

    public List<Extension> extensionsOf(String profileId) {
        return DataRequest.<DataRequest>list("profileId = ?1 and extendedMonths is not null order by receivedAt, id",
                profileId).stream().map(r -> new Extension(r.id, r.extendedMonths, r.extensionReason)).toList();
    }

    /** Forgets the agents' notes on how the subject's identity was checked (they may name the person). */
    @Transactional(Transactional.TxType.MANDATORY)
    int forgetIdentityNotes(String profileId) {
        return DataRequest.update("identityNote = null where profileId = ?1 and identityNote is not null", profileId);
    }

    /** What the person can do next about a request they have just filed, or null. */
    String noticeOf(DataRequest request) {
        return handler(request.type).notice(RequestRef.of(request));
    }

    private RequestHandler handler(RequestType type) {
        return handlers.stream().filter(h -> h.type() == type).findFirst()
                .orElseThrow(() -> new ProblemException(Status.NOT_IMPLEMENTED,
                        "requests of type " + type + " are not handled by this version of Rightsflow yet"));
    }
}
