package io.rightsflow.downstream;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.desk.DeskTask;
import jakarta.inject.Inject;

/**
 * What both desk tasks of a downstream system share: they are about one call (one process per
 * system), work done by hand needs its evidence (a note and a reference), and giving up needs
 * the reason; all of it stays with the call, for auditors and the certificate.
 */
abstract class SystemDeskTask implements DeskTask {

    static final String DONE_BY_HAND = "DONE_BY_HAND";
    static final String GIVE_UP = "GIVE_UP_SYSTEM";

    @Inject
    Clock clock;

    @Inject
    SystemCalls calls;

    @Override
    public boolean needsReason(String decision) {
        return DONE_BY_HAND.equals(decision) || GIVE_UP.equals(decision);
    }

    @Override
    public boolean needsReference(String decision) {
        return DONE_BY_HAND.equals(decision);
    }

    @Override
    public String about(String processInstanceId) {
        SystemCall call = SystemCall.ofProcess(processInstanceId);
        return call == null ? null : "system " + calls.nameOf(call.systemId) + " (" + call.kind.name().toLowerCase()
                + (call.detail == null ? "" : "; it said: " + call.detail) + ")";
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        throw new IllegalStateException("a decision on a downstream system needs its process: one per system");
    }

    @Override
    public void decide(String requestId, String processInstanceId, String decision, String reason, String actor) {
        decide(requestId, processInstanceId, decision, reason, null, actor);
    }

    @Override
    public void decide(String requestId, String processInstanceId, String decision, String reason, String reference,
            String actor) {
        SystemCall call = SystemCall.ofProcess(processInstanceId);
        call.decision = decision;
        call.decidedBy = actor;
        Instant now = Instant.now(clock);
        call.decidedAt = now;
        call.evidence = reason;
        call.evidenceReference = reference;
        switch (decision) {
            case DONE_BY_HAND -> call.settle(SystemCall.Status.DONE_BY_HAND, now);
            case GIVE_UP -> call.settle(SystemCall.Status.GIVEN_UP, now);
            default -> {
                call.status = SystemCall.Status.PENDING; // asked again, with a fresh set of retries and a new key
                call.deskRounds++;
            }
        }
    }

    @Override
    public abstract List<String> decisions();
}
