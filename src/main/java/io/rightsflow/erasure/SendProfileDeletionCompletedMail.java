package io.rightsflow.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendProfileDeletionCompletedMail: to the account holder; the profile itself is gone by now. */
@Named
@ApplicationScoped
class SendProfileDeletionCompletedMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendDeletionCompleted(execution, mails.account(execution).email(), ProfileDeletionCompleted::new);
    }
}
