package io.rightsflow.partner;

import io.rightsflow.workflow.JobAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_NotifyPartner: the Art. 19 notice to the partner of one link (with an erasure, its
 * revocation too), each call sent once and retried by the engine. A partner that still refuses on the last attempt goes to
 * the desk (Event_PartnerNotReached) rather than becoming an incident: an agent can reach a
 * partner, an operator cannot. A configuration error (no secret) stays an incident, for operators.
 */
@Named
@ApplicationScoped
class DeliverPartnerNotice implements JavaDelegate {

    static final String NOT_REACHED = "PARTNER_NOT_REACHED";

    @Inject
    NoticeDelivery notices;

    @Inject
    JobAttempts attempts;

    @Override
    public void execute(DelegateExecution execution) {
        String noticeId = (String) execution.getVariable("noticeId");
        attempts.raiseWhenLast(NOT_REACHED, PartnerRefused.class, () -> notices.deliver(noticeId),
                refused -> notices.notReached(noticeId, refused.getMessage()));
    }
}
