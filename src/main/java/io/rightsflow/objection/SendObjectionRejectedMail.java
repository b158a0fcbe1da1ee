package io.rightsflow.objection;

import io.rightsflow.mail.MailSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendObjectionRejectedMail: the compelling legitimate grounds, and the right to complain
 * to a supervisory authority (Art. 12(4)).
 */
@Named
@ApplicationScoped
class SendObjectionRejectedMail implements JavaDelegate {

    @Inject
    ObjectionMails mails;

    @Inject
    ObjectionSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, (objection, profileName, purposes) -> new ObjectionDecision(false, profileName, purposes,
                objection.grounds, MailSteps.date(settings.liftsAt(objection.decidedAt))));
    }
}
