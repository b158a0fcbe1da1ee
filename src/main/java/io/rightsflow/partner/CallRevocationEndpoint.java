package io.rightsflow.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_CallRevocationEndpoint: the partner hears that the link is revoked (retried until it accepts). */
@Named
@ApplicationScoped
class CallRevocationEndpoint implements JavaDelegate {

    @Inject
    PartnerNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        notices.sendRevocation((String) execution.getVariable("grantId"), (String) execution.getVariable("requestId"));
    }
}
