package io.rightsflow.restriction;

import io.rightsflow.mail.MailSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendRestrictedMail: the restriction is in place, its ground, and that the person is told before it is lifted. */
@Named
@ApplicationScoped
class SendRestrictedMail implements JavaDelegate {

    @Inject
    RestrictionMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, (restriction, profileName) ->
                new RestrictionInPlace(profileName, restriction.ground.words, MailSteps.date(restriction.restrictedAt)));
    }
}
