package io.rightsflow.erasure;

import io.rightsflow.account.ProfileRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendProfileReactivatedMail. */
@Named
@ApplicationScoped
class SendProfileReactivatedMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        ProfileRef profile = mails.profile(execution);
        mails.send(execution, mails.addressOf(profile), new ProfileReactivated(profile.name()));
    }
}
