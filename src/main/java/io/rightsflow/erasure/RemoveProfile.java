package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.compliance.ErasureCertificates;
import io.rightsflow.partner.ErasureNotices;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
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
    Requests requests;

    @Inject
    Profiles profiles;

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Inject
    ErasureCertificates certificates;

    @Inject
    ErasureNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String profileId = (String) execution.getVariable("profileId");
        // The request's links hold no personal data; kept but revoked, they still answer "expired".
        links.revokeAll(requestId);
        profiles.remove(profileId);
        String counts = PurgeCounts.text(execution);
        certificates.issue(requestId, "PROFILE", profileId, counts, notices.partnersTold(requestId),
                requests.find(requestId).receivedAt());
        audit.record("PROFILE_ERASED", AuditTrail.SYSTEM, requestId, profileId, counts);
    }
}
