package io.rightsflow.erasure;

import io.rightsflow.account.AccountRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendProfileDeletionCompletedMail: to the account holder; the profile itself is gone by now.
 * If the account has been erased meanwhile (the profile's other systems took longer than the
 * account's grace period), its own final mail has told the person, and there is no one to mail.
 */
@Named
@ApplicationScoped
class SendProfileDeletionCompletedMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        AccountRef account = mails.account(execution);
        if (account != null) {
            mails.sendDeletionCompleted(execution, account.email(), ProfileDeletionCompleted::new);
        }
    }
}
