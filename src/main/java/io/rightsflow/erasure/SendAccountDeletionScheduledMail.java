package io.rightsflow.erasure;

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
        String requestId = mails.requestId(execution);
        mails.sendDeletionScheduled(execution, mails.account(execution).email(),
                (deletionAt, saveDataUrl, link) -> new AccountDeletionScheduled(deletionAt, saveDataUrl, requestId));
    }
}
