package io.rightsflow.restriction;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.objection.RestrictionLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_LiftRestriction (after the person was told, Art. 18(3)) and Task_LiftRefusedRestriction:
 * this request's restriction goes; an objection's, or another request's, stays.
 */
@Named
@ApplicationScoped
class LiftRequestedRestriction implements JavaDelegate {

    @Inject
    RestrictionLedger policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        int lifted = policy.liftRestrictionOf(requestId);
        RestrictionRequest restriction = RestrictionRequest.findById(requestId);
        if (restriction != null) {
            restriction.liftedAt = Instant.now(clock);
        }
        audit.record("RESTRICTION_LIFTED", AuditTrail.SYSTEM, requestId, (String) execution.getVariable("profileId"),
                "restrictionsLifted=" + lifted);
    }
}
