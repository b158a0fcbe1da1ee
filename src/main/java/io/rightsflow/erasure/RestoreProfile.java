package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.request.RequestLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RestoreProfile: the profile comes back exactly as it was; nothing of it was touched. */
@Named
@ApplicationScoped
public class RestoreProfile implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    ErasureOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        String profileId = (String) execution.getVariable("profileId");
        profiles.reactivate(profileId);
        lifecycle.close((String) execution.getVariable("requestId"), "CANCELLED");
        outcomes.restored(execution, "PROFILE_REACTIVATED", String.valueOf(execution.getVariable("reactivatedBy")),
                profileId, null);
    }
}
