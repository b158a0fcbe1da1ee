package io.rightsflow.objection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.desk.DeskTask;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** UserTask_ReviewObjection at the desk: accept, or reject with the compelling legitimate grounds written down. */
@ApplicationScoped
class ObjectionReview implements DeskTask {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return "UserTask_ReviewObjection";
    }

    @Override
    public List<String> decisions() {
        return List.of(Objection.ACCEPT, Objection.REJECT);
    }

    @Override
    public boolean needsReason(String decision) {
        return Objection.REJECT.equals(decision);
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        Objection objection = Objection.findById(requestId);
        if (objection == null) {
            throw ProblemException.conflict("the profile of objection " + requestId + " has been erased; there is "
                    + "nothing left to decide");
        }
        objection.decision = decision;
        objection.grounds = reason;
        objection.decidedBy = actor;
        objection.decidedAt = Instant.now(clock);
        // The grounds stay with the objection (erased with the profile); the trail keeps who and what.
        audit.record(Objection.ACCEPT.equals(decision) ? "OBJECTION_ACCEPTED" : "OBJECTION_REJECTED", actor, requestId, objection.profileId,
                reason == null ? null : "grounds recorded");
    }

    /** The agent reviews what the person objected to, and in their words why. */
    @Override
    public List<Asked> asked(String requestId) {
        Objection objection = Objection.findById(requestId);
        if (objection == null) {
            return List.of();
        }
        return List.of(new Asked("Purposes objected to", objection.purposeList().stream()
                .map(purpose -> purpose.words()).collect(java.util.stream.Collectors.joining(", "))),
                new Asked("Statement", objection.statement == null || objection.statement.isBlank()
                        ? "(none given)" : objection.statement));
    }
}
