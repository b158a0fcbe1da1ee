package io.rightsflow.erasure;

import io.rightsflow.partner.PartnerNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_NotifyPartnersOfErasure of the erasure processes deployed before each notice had a process
 * of its own (partner-erasure-notice.bpmn): an erasure in its grace period at the upgrade still
 * runs that version. Once per revoked link, each call made once. Remove when none is left.
 */
@Named
@ApplicationScoped
class NotifyPartnerOfErasure implements JavaDelegate {

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
