package io.rightsflow.erasure;

import java.util.Map;

import io.rightsflow.mail.MailKind;
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
        mails.send(execution, MailKind.ACCOUNT_DELETION_CANCELLED, mails.account(execution).email(),
                Map.of("requestId", mails.requestId(execution)));
    }
}
