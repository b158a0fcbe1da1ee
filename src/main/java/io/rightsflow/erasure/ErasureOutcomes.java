package io.rightsflow.erasure;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.compliance.ErasureCertificates;
import io.rightsflow.link.Links;
import io.rightsflow.partner.ErasureNotices;
import io.rightsflow.request.RequestLifecycle;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** How both erasures end, either way: what the restore steps and the remove steps share. */
@ApplicationScoped
class ErasureOutcomes {

    @Inject
    Links links;

    @Inject
    Requests requests;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Inject
    ErasureCertificates certificates;

    @Inject
    ErasureNotices notices;

    /**
     * The profile or account is back: the request's links (save your data, reactivate) stop working,
     * and the trail records {@code event} with who cancelled.
     */
    void restored(DelegateExecution execution, String event, String actor, String profileId, String details) {
        String requestId = (String) execution.getVariable("requestId");
        links.revokeAll(requestId);
        if (requests.find(requestId).isOpen()) {
            // The process versions deployed before the restore step's listener closed the request left it
            // to this step: their erasures in their grace period at the upgrade come here with it still open.
            // Remove when none is left.
            lifecycle.close(requestId, "CANCELLED");
        }
        audit.record(event, actor, requestId, profileId, details);
    }

    /**
     * The row of the profile or account ({@code subject} PROFILE or ACCOUNT) is gone: its erasure
     * certificate, and {@code subject}_ERASED in the trail, both with the counts of what was purged.
     */
    void erased(DelegateExecution execution, String subject, String subjectId, String profileId, String details) {
        String requestId = (String) execution.getVariable("requestId");
        String counts = PurgeCounts.text(execution);
        certificates.issue(requestId, subject, subjectId, counts, notices.partnersTold(requestId),
                requests.find(requestId).receivedAt());
        audit.record(subject + "_ERASED", AuditTrail.SYSTEM, requestId, profileId, details + counts);
    }
}
