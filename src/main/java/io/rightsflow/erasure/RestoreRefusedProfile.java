package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RestoreRefusedProfile: the desk refused the erasure in its grace period (Art. 12(4)); the
 * profile comes back exactly as it was, nothing of it was touched. The refusal mail says why.
 */
@Named
@ApplicationScoped
class RestoreRefusedProfile implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String profileId = (String) execution.getVariable("profileId");
        profiles.reactivate(profileId);
        audit.record("PROFILE_RESTORED", AuditTrail.SYSTEM, (String) execution.getVariable("requestId"), profileId,
                "erasure refused at the desk");
    }
}
