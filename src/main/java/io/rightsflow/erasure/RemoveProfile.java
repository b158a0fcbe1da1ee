package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RemoveProfile: once its data is gone, the profile row itself goes. */
@Named
@ApplicationScoped
class RemoveProfile implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    Links links;

    @Inject
    ErasureOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        String profileId = (String) execution.getVariable("profileId");
        // The request's links hold no personal data; kept but revoked, they still answer "expired".
        links.revokeAll((String) execution.getVariable("requestId"));
        profiles.remove(profileId);
        outcomes.erased(execution, "PROFILE", profileId, profileId, "");
    }
}
