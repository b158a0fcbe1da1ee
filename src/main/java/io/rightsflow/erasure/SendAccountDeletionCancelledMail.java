package io.rightsflow.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendAccountDeletionCancelledMail. */
@Named
@ApplicationScoped
class SendAccountDeletionCancelledMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, mails.account(execution).email(), new AccountDeletionCancelled(mails.requestId(execution)));
    }
}
