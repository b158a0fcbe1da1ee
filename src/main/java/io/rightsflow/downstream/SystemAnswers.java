package io.rightsflow.downstream;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Asks a system for one call and records what it answered, at once or by its callback; what the
 * process does next reads {@code systemAnswer}: COMPLETED, WAITING (a callback is due) or FAILED
 * (the desk). The call's row is locked while it is asked, so that a callback racing the answer
 * waits for it.
 */
@Named("systemAnswers")
@ApplicationScoped
public class SystemAnswers {

    static final String COMPLETED = "COMPLETED";
    static final String WAITING = "WAITING";
    static final String FAILED = "FAILED";

    @Inject
    Systems systems;

    @Inject
    Webhooks webhooks;

    @Inject
    SqlSystems sql;

    @Inject
    SystemData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** In the step's transaction (not {@code @Transactional}: a refusal turned into a BPMN error must not mark it for rollback). */
    String ask(String callId) {
        SystemCall call = SystemCall.locked(callId);
        if (call.status.settled()) {
            return COMPLETED; // asked and answered before this step was retried
        }
        DownstreamSystem system = systems.byId(call.systemId).orElseThrow(() -> new SystemRefused(
                "system " + call.systemId + " is no longer configured: configure it again, or settle the call at the desk",
                null));
        call.askedAt = Instant.now(clock);
        Answer answer = switch (call.kind) {
            case WEBHOOK -> webhooks.ask(call, system);
            case SQL -> sql.run(call, system);
            case MANUAL -> throw new IllegalStateException("a manual system is worked at the desk, not asked");
        };
        return record(call, answer, "answered");
    }

    /** The system's callback (the row locked by the caller); the answer the process waits for. */
    String answered(SystemCall call, Answer answer) {
        return record(call, answer, "called back");
    }

    /** Every retry used: the call goes to the desk; auditors see which system and why. */
    void notReached(String callId, String why) {
        SystemCall call = SystemCall.findById(callId);
        call.status = SystemCall.Status.AT_DESK;
        audit.record("SYSTEM_NOT_REACHED", AuditTrail.SYSTEM, call.requestId, null,
                "system=" + call.systemId + " every retry used (" + why + "): on the desk");
    }

    /** Event_AnswerOverdue: no answer in the time the system has (rightsflow.systems."id".answer-within): to the desk. */
    public void overdue(String callId) {
        SystemCall call = SystemCall.findById(callId);
        call.status = SystemCall.Status.AT_DESK;
        audit.record("SYSTEM_ANSWER_OVERDUE", AuditTrail.SYSTEM, call.requestId, null,
                "system=" + call.systemId + " took the request and did not call back in time: on the desk");
    }

    private String record(SystemCall call, Answer answer, String how) {
        Instant now = Instant.now(clock);
        call.detail = answer.detail();
        switch (answer.outcome()) {
            case ACCEPTED -> call.status = SystemCall.Status.WAITING;
            case COMPLETED -> {
                call.rowCount = answer.count();
                if (answer.data() != null && "ACCESS".equals(call.requestType)) {
                    data.keep(call.id, answer.data()); // only a copy takes a system's data; an erasure keeps none
                }
                call.settle(SystemCall.Status.COMPLETED, now);
            }
            case FAILED -> {
                call.status = SystemCall.Status.FAILED;
                call.answeredAt = now;
            }
        }
        audit.record("SYSTEM_" + answer.outcome(), AuditTrail.SYSTEM, call.requestId, null, "system=" + call.systemId
                + " " + how + (answer.count() == null ? "" : " count=" + answer.count()));
        return switch (answer.outcome()) {
            case ACCEPTED -> WAITING;
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
        };
    }
}
