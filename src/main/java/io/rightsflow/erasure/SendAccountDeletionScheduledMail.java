package io.rightsflow.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.export.SaveYourDataLink;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailNotSent;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.workflow.JobAttempts;
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
public class SendAccountDeletionScheduledMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Inject
    Links links;

    @Inject
    ErasureSettings settings;

    @Inject
    Clock clock;

    @Inject
    JobAttempts attempts;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        AccountRef account = accounts.find((String) execution.getVariable("accountId"));
        // The grace period starts once this mail is accepted; the timer follows this step.
        Instant deletionAt = settings.graceEnds(Instant.now(clock));
        attempts.raiseWhenLast(UndeliveredNoticeTask.ERROR, MailNotSent.class, () -> mails.sendOnce(MailSteps.key(execution),
                MailKind.ACCOUNT_DELETION_SCHEDULED, requestId, account.email(), () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("deletionAt", MailSteps.date(deletionAt));
            data.put("requestId", requestId);
            Duration untilDeletion = Duration.between(Instant.now(clock), deletionAt);
            data.put("saveDataUrl", links.issue(SaveYourDataLink.PURPOSE, requestId, untilDeletion));
            return data;
        }));
    }
}
