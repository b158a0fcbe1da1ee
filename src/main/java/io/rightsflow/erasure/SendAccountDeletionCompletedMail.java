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

/**
 * Task_SendAccountDeletionCompletedMail: the final mail, after the account row is gone, to the
 * address kept for it in {@link FarewellMail}; that address goes in the step that sent the mail.
 * Retried on its own, an incident if it keeps failing, with nothing else of the account left.
 */
@Named
@ApplicationScoped
public class SendAccountDeletionCompletedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Inject
    ErasureNotices notices;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        FarewellMail farewell = FarewellMail.findById(requestId);
        String to = farewell != null ? farewell.email : addressOfEarlierVersion(execution);
        mails.sendOnce(MailSteps.key(execution), MailKind.ACCOUNT_DELETION_COMPLETED, requestId, to, () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("deletedAt", MailSteps.date(Instant.now(clock)));
            data.put("requestId", requestId);
            data.put("partners", String.join(", ", notices.partnersTold(requestId)));
            return data;
        });
        if (farewell != null) {
            farewell.delete();
        }
    }

    /** The earlier process version mails before it removes the account: the row is still there. */
    private String addressOfEarlierVersion(DelegateExecution execution) {
        AccountRef account = accounts.find((String) execution.getVariable("accountId"));
        return account == null ? null : account.email();
    }
}
