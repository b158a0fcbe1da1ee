package io.rightsflow.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction.LinkRefused;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Ends the wait of an act, once: approved (the feature does it), refused or expired (the feature
 * drops what waited). The act's row is locked, so the subject's two links and the timer decide once.
 */
@ApplicationScoped
class ActDecisions {

    @Inject
    Instance<ApprovedAct> kinds;

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Inject
    RuntimeService runtime;

    @Inject
    Clock clock;

    /** The act if it still waits (locked); null otherwise. */
    PendingAct waiting(String actId) {
        PendingAct act = PendingAct.findById(actId, LockModeType.PESSIMISTIC_WRITE);
        return act != null && act.status == ActStatus.AWAITING_SUBJECT ? act : null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void answer(String actId, boolean approve) {
        PendingAct act = waiting(actId);
        if (act == null || !Instant.now(clock).isBefore(act.expiresAt)) {
            throw new LinkRefused("This request is no longer waiting for your answer. Nothing was changed.");
        }
        if (approve) {
            kind(act).approved(PendingActRef.of(act));
        } else {
            kind(act).dropped(PendingActRef.of(act));
        }
        end(act, approve ? ActStatus.APPROVED : ActStatus.REFUSED, "subject:" + act.accountId);
        try {
            runtime.createMessageCorrelation(approve ? Approvals.APPROVED : Approvals.REFUSED)
                    .processInstanceBusinessKey(act.id).correlateWithResult();
        } catch (ProcessEngineException e) {
            throw new LinkRefused("Your answer met an update of this request at this very moment. Please try the "
                    + "link again.");
        }
    }

    /** The timer's end: nothing was approved, so whatever waited goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    void expire(String actId) {
        PendingAct act = waiting(actId);
        if (act == null) {
            return; // answered just before
        }
        kind(act).dropped(PendingActRef.of(act));
        end(act, ActStatus.EXPIRED, AuditTrail.SYSTEM);
    }

    /** The request behind the waiting acts of this kind and target ended: they are withdrawn, their links go. */
    @Transactional(Transactional.TxType.MANDATORY)
    void withdraw(String kind, String target, String actor) {
        List<PendingAct> waiting = PendingAct.<PendingAct>find("kind = ?1 and target = ?2 and status = ?3", kind, target,
                ActStatus.AWAITING_SUBJECT).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (PendingAct act : waiting) {
            end(act, ActStatus.WITHDRAWN, actor);
            runtime.createMessageCorrelation(Approvals.WITHDRAWN).processInstanceBusinessKey(act.id)
                    .correlateAllWithResult();
        }
    }

    private void end(PendingAct act, ActStatus outcome, String actor) {
        act.status = outcome;
        act.decidedAt = Instant.now(clock);
        links.revokeAll(act.id);
        audit.record("ACT_" + outcome, actor, null, act.profileId, "act=" + act.id + " kind=" + act.kind);
    }

    private ApprovedAct kind(PendingAct act) {
        return kinds.stream().filter(k -> k.kind().equals(act.kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no feature does acts of kind " + act.kind));
    }

    String describe(PendingAct act) {
        return kind(act).describe(PendingActRef.of(act));
    }
}
