package io.rightsflow.erasure;

import io.rightsflow.mail.MailKind;
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
        mails.sendDeletionCompleted(execution, MailKind.PROFILE_DELETION_COMPLETED, mails.account(execution).email());
    }
}
