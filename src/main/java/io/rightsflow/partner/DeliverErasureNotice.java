package io.rightsflow.partner;

import io.rightsflow.workflow.JobAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_NotifyPartnerOfErasure: the revocation and the Art. 19 notice of one erased link, each
 * sent once and retried by the engine. A partner that still refuses on the last attempt goes to
 * the desk (Event_PartnerNotReached) rather than becoming an incident: an agent can reach a
 * partner, an operator cannot. A configuration error (no secret) stays an incident, for operators.
 */
@Named
@ApplicationScoped
class DeliverErasureNotice implements JavaDelegate {

    static final String NOT_REACHED = "PARTNER_NOT_REACHED";

    @Inject
    ErasureNotices notices;

    @Inject
    JobAttempts attempts;

    @Override
    public void execute(DelegateExecution execution) {
        String noticeId = (String) execution.getVariable("noticeId");
        attempts.raiseWhenLast(NOT_REACHED, PartnerRefused.class, () -> notices.deliver(noticeId),
                refused -> notices.notReached(noticeId, refused.getMessage()));
    }
}
