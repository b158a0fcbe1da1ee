package io.rightsflow.erasure;

import java.util.Map;

import io.rightsflow.mail.MailKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendAccountDeletionScheduledMail: when the account goes, how to save its data until then
 * (a link that needs no login), and that changing one's mind means contacting customer service.
 */
@Named
@ApplicationScoped
class SendAccountDeletionScheduledMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.sendDeletionScheduled(execution, MailKind.ACCOUNT_DELETION_SCHEDULED, mails.account(execution).email(),
                Map.of("requestId", mails.requestId(execution)), Map.of());
    }
}
