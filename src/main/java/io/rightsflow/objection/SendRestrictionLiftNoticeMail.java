package io.rightsflow.objection;

import io.rightsflow.mail.MailSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendRestrictionLiftNoticeMail: told before the restriction is lifted, as Art. 18(3) requires. */
@Named
@ApplicationScoped
class SendRestrictionLiftNoticeMail implements JavaDelegate {

    @Inject
    ObjectionMails mails;

    @Inject
    ObjectionSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, (objection, profileName, purposes) ->
                new RestrictionLiftNotice(profileName, purposes, MailSteps.date(settings.liftsAt(objection.decidedAt))));
    }
}
