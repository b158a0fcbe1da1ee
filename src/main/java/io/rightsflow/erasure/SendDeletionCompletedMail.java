package io.rightsflow.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.partner.ErasureNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendDeletionCompletedMail: to the account holder; the profile itself is gone by now. */
@Named
@ApplicationScoped
public class SendDeletionCompletedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Inject
    ErasureNotices notices;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        AccountRef account = accounts.find((String) execution.getVariable("accountId"));
        mails.sendOnce(MailSteps.key(execution), MailKind.PROFILE_DELETION_COMPLETED, requestId, account.email(), () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("deletedAt", MailSteps.date(Instant.now(clock)));
            data.put("requestId", requestId);
            data.put("partners", String.join(", ", notices.partnersTold(requestId)));
            return data;
        });
    }
}
