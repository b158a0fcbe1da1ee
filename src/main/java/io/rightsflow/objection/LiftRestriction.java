package io.rightsflow.objection;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_LiftRestriction: the objection was rejected on compelling legitimate grounds and the
 * person was told in advance (Art. 18(3)); what was restricted for the review is processed again.
 */
@Named
@ApplicationScoped
class LiftRestriction implements JavaDelegate {

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        long lifted = Restriction.delete("requestId = ?1 and status = ?2", requestId, Restriction.Status.UNDER_REVIEW);
        audit.record("RESTRICTION_LIFTED", AuditTrail.SYSTEM, requestId, (String) execution.getVariable("profileId"),
                "restrictionsLifted=" + lifted);
    }
}
