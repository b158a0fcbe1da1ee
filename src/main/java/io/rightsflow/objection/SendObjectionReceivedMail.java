package io.rightsflow.objection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendObjectionReceivedMail: processing for those purposes is restricted while customer service reviews it. */
@Named
@ApplicationScoped
class SendObjectionReceivedMail implements JavaDelegate {

    @Inject
    ObjectionMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, (objection, profileName, purposes) -> new ObjectionReceived(profileName, purposes));
    }
}
