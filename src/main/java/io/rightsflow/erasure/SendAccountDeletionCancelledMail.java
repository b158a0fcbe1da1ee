package io.rightsflow.erasure;

import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendAccountDeletionCancelledMail. */
@Named
@ApplicationScoped
public class SendAccountDeletionCancelledMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        AccountRef account = accounts.find((String) execution.getVariable("accountId"));
        mails.sendOnce(MailSteps.key(execution), MailKind.ACCOUNT_DELETION_CANCELLED, requestId, account.email(), () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("requestId", requestId);
            return data;
        });
    }
}
