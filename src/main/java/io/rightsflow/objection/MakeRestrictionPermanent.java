package io.rightsflow.objection;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_MakeRestrictionPermanent: the objection was accepted; processing for those purposes stays stopped. */
@Named
@ApplicationScoped
class MakeRestrictionPermanent implements JavaDelegate {

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        Restriction.update("status = ?1 where requestId = ?2", Restriction.Status.PERMANENT, requestId);
        audit.record("RESTRICTION_PERMANENT", AuditTrail.SYSTEM, requestId, (String) execution.getVariable("profileId"), null);
    }
}
