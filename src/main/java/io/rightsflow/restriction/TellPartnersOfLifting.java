package io.rightsflow.restriction;

import io.rightsflow.partner.ChangeNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_TellPartnersOfLifting (GDPR Art. 19): starts a notice to each partner linked to the
 * profile now; the notices run on their own (partner-erasure-notice.bpmn), this process does not
 * wait for them.
 */
@Named
@ApplicationScoped
class TellPartnersOfLifting implements JavaDelegate {

    @Inject
    ChangeNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        notices.startFor((String) execution.getVariable("requestId"), (String) execution.getVariable("profileId"),
                "RESTRICTION_LIFTED");
    }
}
