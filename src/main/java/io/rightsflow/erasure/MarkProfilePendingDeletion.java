package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_MarkProfilePendingDeletion: hidden at once, no longer processed or shared. */
@Named
@ApplicationScoped
class MarkProfilePendingDeletion implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String profileId = (String) execution.getVariable("profileId");
        profiles.markPendingDeletion(profileId);
        audit.record("PROFILE_PENDING_DELETION", AuditTrail.SYSTEM, requestId, profileId, null);
    }
}
