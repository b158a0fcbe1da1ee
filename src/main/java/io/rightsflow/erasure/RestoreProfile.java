package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
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
    Links links;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String profileId = (String) execution.getVariable("profileId");
        profiles.reactivate(profileId);
        links.revokeAll(requestId);
        lifecycle.close(requestId, "CANCELLED");
        audit.record("PROFILE_REACTIVATED", String.valueOf(execution.getVariable("reactivatedBy")), requestId,
                profileId, null);
    }
}
