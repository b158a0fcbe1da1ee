package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.quarkus.panache.common.Sort;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.system.ProblemException;
import io.rightsflow.workflow.EngineRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Refuses a request at the desk with written reasons (GDPR Art. 12(4)-(5)): the refusal is stored,
 * the request's process catches {@link #REQUEST_REFUSED} and ends it as REJECTED (its links
 * revoked), and the subject is mailed the reasons, the supervisory authority and the right to a
 * judicial remedy (process {@value RequestNotices#PROCESS}). The desk's page and the API both call here.
 */
@ApplicationScoped
public class RequestRefusals {

    /** The message every request's process catches in its "Ended by refusal" event subprocess. */
    public static final String REQUEST_REFUSED = "RequestRefused";
    static final int MAX_REASONS = 2000;
    /** The earlier requests kept and shown as the evidence of "manifestly unfounded or excessive". */
    static final int EVIDENCE_MAX = 100;

    @Inject
    Requests requests;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    RequestNotices notices;

    @Inject
    Instance<RequestHandler> handlers;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A refusal as the desk and the API show it; {@code earlierRequests}: the evidence of an excessive one. */
    public record RefusalRef(String requestId, RefusalKind reasonKind, String reasonKindWords, String reasons,
            List<String> earlierRequestIds, String refusedBy, Instant refusedAt) {
    }

    /**
     * Refuses the open request {@code requestId} for the agent {@code actor}. Bad input (no kind,
     * no reasons) is a 400 naming the field ({@code field}), a request that is no longer open (or
     * past the point where its process can stop) a 409; either way nothing changes. Runs in a
     * transaction of its own, tried again when a step of the request's process ran at that moment.
     */
    public RefusalRef refuse(String requestId, String reasonKind, String reasons, String actor) {
        RefusalKind kind = kind(reasonKind);
        if (reasons == null || reasons.isBlank() || reasons.strip().length() > MAX_REASONS) {
            throw ProblemException.badRequest("reasons is required (at most " + MAX_REASONS + " characters): the "
                    + "person is told them").with("field", "reasons");
        }
        return EngineRaces.retried(() -> refuseOnce(requestId, kind, reasons.strip(), actor));
    }

    private RefusalRef refuseOnce(String requestId, RefusalKind kind, String reasons, String actor) {
        DataRequest request = requests.visibleRecord(requestId);
        // Two agents refusing at once: the second waits here, then finds the request no longer open.
        DataRequest.getEntityManager().refresh(request, LockModeType.PESSIMISTIC_WRITE);
        String whyNot = whyNot(RequestRef.of(request));
        if (whyNot != null) {
            throw ProblemException.conflict(whyNot);
        }
        Refusal refusal = new Refusal();
        refusal.requestId = request.id;
        refusal.reasonKind = kind;
        refusal.reasons = reasons;
        refusal.refusedBy = actor;
        refusal.refusedAt = Instant.now(clock);
        List<String> earlier = kind == RefusalKind.MANIFESTLY_UNFOUNDED_OR_EXCESSIVE
                ? earlierOf(RequestRef.of(request)).stream().map(RequestRef::id).toList() : List.of();
        refusal.earlierRequestIds = earlier.isEmpty() ? null : String.join(",", earlier);
        refusal.persist();
        // The kind and the evidence's size, never the reasons: the trail outlives an erasure, the reasons may name the person.
        audit.record("REQUEST_REFUSED", actor, request.id, request.profileId, "reasonKind=" + kind
                + (earlier.isEmpty() ? "" : " earlierRequests=" + earlier.size()));
        // Synchronous: the caught message has ended the request when this returns, in this transaction.
        runtime.createMessageCorrelation(REQUEST_REFUSED).processInstanceBusinessKey(request.id)
                .correlateAllWithResult();
        if (request.isOpen()) {
            endWithoutProcess(request);
        }
        RequestRef refused = RequestRef.of(request);
        handlers.stream().filter(h -> h.type() == refused.type()).forEach(h -> h.refused(refused));
        notices.refused(request.id);
        return view(refusal);
    }

    /**
     * Why this request cannot be refused now, or null when it can: only an open request, and
     * only while its process can still stop (its handler's rule, e.g. an erasure before its purge).
     */
    public String whyNot(RequestRef request) {
        if (!request.isOpen()) {
            return "request " + request.id() + " is " + request.status() + "; only an open request can be refused";
        }
        return handlers.stream().filter(h -> h.type() == request.type()).findFirst()
                .map(h -> h.whyNotRefusable(request)).orElse(null);
    }

    /** The refusal of this request, or null when it was not refused at the desk. */
    @Transactional
    public RefusalRef of(String requestId) {
        Refusal refusal = requestId == null ? null : Refusal.findById(requestId);
        return refusal == null ? null : view(refusal);
    }

    /**
     * The subject's earlier requests, newest first: every request of the same account (or, for
     * one without an account, of the same profile) received before this one. The evidence for
     * "manifestly unfounded or excessive".
     */
    public List<RequestRef> earlierOf(RequestRef request) {
        // the newest EVIDENCE_MAX make the case; an account with more is shown these, not all of them
        // a profile's request is judged by that profile's requests, not by its family's in the same account
        List<DataRequest> same = request.profileId() != null
                ? DataRequest.<DataRequest>find("profileId = ?1 and id <> ?2 and receivedAt <= ?3",
                        Sort.by("receivedAt").descending(), request.profileId(), request.id(), request.receivedAt())
                        .page(0, EVIDENCE_MAX).list()
                : request.accountId() != null
                        ? DataRequest.<DataRequest>find("accountId = ?1 and profileId is null and id <> ?2 and receivedAt <= ?3",
                                Sort.by("receivedAt").descending(), request.accountId(), request.id(), request.receivedAt())
                                .page(0, EVIDENCE_MAX).list()
                        : List.of();
        return same.stream().map(RequestRef::of).toList();
    }

    /** Reasons the desk may choose, in their order on the form. */
    public List<RefusalKind> kinds() {
        return Arrays.asList(RefusalKind.values());
    }

    /**
     * A process that did not catch the message: an instance deployed before the diagrams caught
     * it, or a type whose diagram does not (yet). It is deleted, and the request ended as the
     * event subprocess would have ended it.
     */
    private void endWithoutProcess(DataRequest request) {
        if (request.processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(request.processInstanceId).count() > 0) {
            runtime.deleteProcessInstance(request.processInstanceId, "refused at the desk", true, true);
        }
        lifecycle.endByRefusal(request.id);
    }

    private static RefusalKind kind(String reasonKind) {
        try {
            return RefusalKind.valueOf(reasonKind == null ? "" : reasonKind.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("reasonKind is required: one of " + Arrays.toString(RefusalKind.values()))
                    .with("field", "reasonKind");
        }
    }

    private static RefusalRef view(Refusal refusal) {
        return new RefusalRef(refusal.requestId, refusal.reasonKind, refusal.reasonKind.words(), refusal.reasons,
                refusal.earlierRequestIds == null ? List.of() : List.of(refusal.earlierRequestIds.split(",")),
                refusal.refusedBy, refusal.refusedAt);
    }

    /** Forgets the free-text reasons of refusals of these requests (they may name the person). */
    @Transactional(Transactional.TxType.MANDATORY)
    int forgetReasons(List<String> requestIds) {
        return requestIds.isEmpty() ? 0
                : Refusal.update("reasons = null where requestId in ?1 and reasons is not null", requestIds);
    }

    /** The ids of a profile's requests, or of an account's requests about no profile. */
    List<String> requestIdsOfProfile(String profileId) {
        return DataRequest.<DataRequest>list("profileId", profileId).stream().map(r -> r.id).toList();
    }

    List<String> requestIdsOfAccount(String accountId) {
        return DataRequest.<DataRequest>list("accountId = ?1 and profileId is null", accountId).stream().map(r -> r.id)
                .toList();
    }
}
