package io.rightsflow.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The name the first version of partner-erasure-notice.bpmn calls its notice step by
 * (Task_NotifyPartnerOfErasure). Instances of that version still running when the service is
 * upgraded (waiting for a retry, or sent back by the desk's RETRY) keep calling it: it is the
 * same step as {@link DeliverPartnerNotice}, whose rows it reads (their kind is ERASURE).
 */
@Named
@ApplicationScoped
class DeliverErasureNotice implements JavaDelegate {

    @Inject
    DeliverPartnerNotice step;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        step.execute(execution);
    }
}
