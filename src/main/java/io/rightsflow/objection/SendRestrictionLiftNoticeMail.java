package io.rightsflow.objection;

import java.util.Map;

import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendRestrictionLiftNoticeMail: told before the restriction is lifted, as Art. 18(3) requires. */
@Named
@ApplicationScoped
public class SendRestrictionLiftNoticeMail implements JavaDelegate {

    @Inject
    ObjectionMails mails;

    @Inject
    ObjectionSettings settings;

    @Override
    public void execute(DelegateExecution execution) {
        Objection objection = mails.objection(execution);
        if (objection == null) {
            return;
        }
        mails.send(execution, MailKind.RESTRICTION_LIFT_NOTICE,
                Map.of("liftsAt", MailSteps.date(settings.liftsAt(objection.decidedAt))));
    }
}
