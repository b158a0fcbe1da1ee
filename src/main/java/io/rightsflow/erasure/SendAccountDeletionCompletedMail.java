package io.rightsflow.erasure;

import io.rightsflow.account.AccountRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendAccountDeletionCompletedMail: the final mail, after the account row is gone, to the
 * address kept for it in {@link FarewellMail}; that address goes in the step that sent the mail.
 * Retried on its own, an incident if it keeps failing, with nothing else of the account left.
 */
@Named
@ApplicationScoped
class SendAccountDeletionCompletedMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        FarewellMail farewell = FarewellMail.findById(mails.requestId(execution));
        String to = farewell != null ? farewell.email : addressOfEarlierVersion(execution);
        mails.sendDeletionCompleted(execution, to, AccountDeletionCompleted::new);
        if (farewell != null) {
            farewell.delete();
        }
    }

    /** The earlier process version mails before it removes the account: the row is still there. */
    private String addressOfEarlierVersion(DelegateExecution execution) {
        AccountRef account = mails.account(execution);
        return account == null ? null : account.email();
    }
}
