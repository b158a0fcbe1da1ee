package io.rightsflow.restriction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendLiftingNoticeMail: GDPR Art. 18(3), the person is told before the restriction is
 * lifted, with the desk's reasons; the lifting follows only once this step has sent it.
 */
@Named
@ApplicationScoped
class SendLiftingNoticeMail implements JavaDelegate {

    @Inject
    RestrictionMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, (restriction, profileName) -> new RestrictionLifting(profileName, restriction.reasons));
    }
}
