package io.rightsflow.erasure;

import io.rightsflow.partner.PartnerNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_NotifyPartnersOfErasure, once per revoked link: the partner hears that the link is revoked
 * and gets the Art. 19 erasure notice. Each call is made once; a retry makes only what is left.
 */
@Named
@ApplicationScoped
public class NotifyPartnerOfErasure implements JavaDelegate {

    @Inject
    PartnerNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        String grantId = (String) execution.getVariable("grantId");
        String requestId = (String) execution.getVariable("requestId");
        notices.sendRevocation(grantId, requestId);
        notices.sendErasureNotice(grantId, requestId);
    }
}
