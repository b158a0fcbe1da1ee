package io.rightsflow.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendAddressChangeConfirmationMail: to the new address, the link that makes the change. */
@Named
@ApplicationScoped
class SendAddressChangeConfirmationMail implements JavaDelegate {

    @Inject
    AddressChangeMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendConfirmation(execution);
    }
}
