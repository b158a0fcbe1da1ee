package io.rightsflow.partner;

import java.util.Map;

import io.rightsflow.mail.MailKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendPartnerDisconnectedMail: nothing more is shared, and what was shared is not deleted by this. */
@Named
@ApplicationScoped
public class SendPartnerDisconnectedMail implements JavaDelegate {

    @Inject
    PartnerMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, MailKind.PARTNER_DISCONNECTED,
                Map.of("erasureNotice", Boolean.TRUE.equals(execution.getVariable("notifyErasure"))));
    }
}
