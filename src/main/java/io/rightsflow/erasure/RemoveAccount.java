package io.rightsflow.erasure;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RemoveAccount: the account row (its email and password hash) goes as soon as its data is
 * gone; the trail keeps the counts. The address moves to a {@link FarewellMail} for the final
 * mail, which comes after, so that a mail server that is down keeps nothing else in place.
 */
@Named
@ApplicationScoped
class RemoveAccount implements JavaDelegate {

    static final String FINAL_MAIL_STEP = "Task_SendAccountDeletionCompletedMail";

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Inject
    ErasureOutcomes outcomes;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String accountId = (String) execution.getVariable("accountId");
        AccountRef account = accounts.find(accountId);
        // An erasure started on the earlier process version mailed before this step: nothing to keep then.
        boolean mailed = mails.sent(MailSteps.key(execution.getProcessInstanceId(), FINAL_MAIL_STEP));
        if (account != null && !mailed && FarewellMail.findById(requestId) == null) {
            FarewellMail farewell = new FarewellMail();
            farewell.requestId = requestId;
            farewell.email = account.email();
            farewell.createdAt = Instant.now(clock);
            farewell.persist();
        }
        accounts.remove(accountId);
        outcomes.erased(execution, "ACCOUNT", accountId, null, "account=" + accountId + " ");
    }
}
