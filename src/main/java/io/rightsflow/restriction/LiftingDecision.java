package io.rightsflow.restriction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.desk.DeskTask;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_DecideLifting at the desk: the restriction holds until an agent lifts it with written
 * reasons (the accuracy is verified, the claims have ended...), which the person is mailed before
 * it takes effect. There is no other decision: keeping it is leaving the task open.
 */
@ApplicationScoped
class LiftingDecision implements DeskTask {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return "UserTask_DecideLifting";
    }

    @Override
    public List<String> decisions() {
        return List.of(RestrictionRequest.LIFT);
    }

    @Override
    public boolean needsReason(String decision) {
        return true;
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        RestrictionRequest restriction = RestrictionRequest.findById(requestId);
        if (restriction == null) {
            throw ProblemException.conflict("the profile of restriction " + requestId + " has been erased; there is "
                    + "nothing left to lift");
        }
        restriction.decision = decision;
        restriction.reasons = reason;
        restriction.decidedBy = actor;
        restriction.decidedAt = Instant.now(clock);
        // The reasons stay with the request (erased with the profile); the trail keeps who and what.
        audit.record("RESTRICTION_LIFTING_DECIDED", actor, requestId, restriction.profileId, "reasons recorded");
    }

    /** The agent sees the ground the person gave, and in their words why. */
    @Override
    public List<Asked> asked(String requestId) {
        RestrictionRequest restriction = RestrictionRequest.findById(requestId);
        if (restriction == null) {
            return List.of();
        }
        return List.of(new Asked("Ground", restriction.ground.name() + ": " + restriction.ground.words),
                new Asked("Statement", restriction.statement == null || restriction.statement.isBlank()
                        ? "(none given)" : restriction.statement));
    }
}
