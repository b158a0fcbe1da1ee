package io.rightsflow.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendErasureNotice: GDPR Art. 19, signed, retried; an incident if the partner never accepts it. */
@Named
@ApplicationScoped
class SendErasureNotice implements JavaDelegate {

    @Inject
    PartnerNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        String grantId = (String) execution.getVariable("grantId");
        if (!notices.sendErasureNotice(grantId, (String) execution.getVariable("requestId"))) {
            // Checked when the request was filed: only a change of configuration since gets here.
            throw new IllegalStateException("the partner of link " + grantId + " has no erasure-notice-url any more");
        }
    }
}
