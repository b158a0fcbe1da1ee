package io.rightsflow.erasure;

import java.util.Map;
import java.util.TreeMap;

import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RemoveProfile: once its data is gone, the profile row itself goes. */
@Named
@ApplicationScoped
public class RemoveProfile implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String profileId = (String) execution.getVariable("profileId");
        // The request's links hold no personal data; kept but revoked, they still answer "expired".
        links.revokeAll(requestId);
        profiles.remove(profileId);
        audit.record("PROFILE_ERASED", AuditTrail.SYSTEM, requestId, profileId, counts(execution));
    }

    /** The counts of what was purged, e.g. "devices=2 measurements=5120"; never the values. */
    private static String counts(DelegateExecution execution) {
        Map<String, Object> counts = new TreeMap<>();
        execution.getVariables().forEach((name, value) -> {
            if (name.startsWith(PurgeProfileData.COUNT_PREFIX)) {
                counts.put(name.substring(PurgeProfileData.COUNT_PREFIX.length()), value);
            }
        });
        StringBuilder text = new StringBuilder();
        counts.forEach((kind, n) -> text.append(text.isEmpty() ? "" : " ").append(kind).append('=').append(n));
        return text.toString();
    }
}
