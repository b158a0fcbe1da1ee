package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RestoreProfile: the profile comes back exactly as it was; nothing of it was touched. */
@Named
@ApplicationScoped
class RestoreProfile implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    ErasureOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        String profileId = (String) execution.getVariable("profileId");
        profiles.reactivate(profileId);
        outcomes.restored(execution, "PROFILE_REACTIVATED", String.valueOf(execution.getVariable("reactivatedBy")),
                profileId, null);
    }
}
