package io.rightsflow.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendPartnerDisconnectedMail: nothing more is shared, and what was shared is not deleted by this. */
@Named
@ApplicationScoped
class SendPartnerDisconnectedMail implements JavaDelegate {

    @Inject
    PartnerMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        boolean erasureNotice = Boolean.TRUE.equals(execution.getVariable("notifyErasure"));
        mails.send(execution, (profileName, partnerName) -> new PartnerDisconnected(profileName, partnerName, erasureNotice));
    }
}
