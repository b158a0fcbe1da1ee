package io.rightsflow.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendAddressChangeNoticeMail: to the old address, the change announced and a link to stop it. */
@Named
@ApplicationScoped
class SendAddressChangeNoticeMail implements JavaDelegate {

    @Inject
    AddressChangeMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendNotice(execution);
    }
}
