package io.rightsflow.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.export.SaveYourDataLink;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailNotSent;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.partner.ErasureNotices;
import io.rightsflow.workflow.JobAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the mail steps of both erasures share: whom to write to, the grace period's links, one mail per step. */
@ApplicationScoped
class ErasureMails {

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
    ErasureNotices notices;

    @Inject
    JobAttempts attempts;

    @Inject
    Clock clock;

    String requestId(DelegateExecution execution) {
        return (String) execution.getVariable("requestId");
    }

    /** The profile a profile erasure is about. */
    ProfileRef profile(DelegateExecution execution) {
        return profiles.find((String) execution.getVariable("profileId"));
    }

    /** The account being erased, or holding the profile being erased; null once its row is gone. */
    AccountRef account(DelegateExecution execution) {
        return accounts.find((String) execution.getVariable("accountId"));
    }

    /** The address of the account that holds the profile. */
    String addressOf(ProfileRef profile) {
        return accounts.find(profile.accountId()).email();
    }

    /**
     * When the data goes and how to save it until then: a save-your-data link, and the further links
     * {@code linkFields} names (field, link purpose), each valid until the deletion. The grace period
     * starts once this mail is accepted (its timer follows the step); when the step's last retry fails
     * too, the desk's BPMN error is raised instead of an incident.
     */
    void sendDeletionScheduled(DelegateExecution execution, MailKind kind, String to, Map<String, Object> fields,
            Map<String, String> linkFields) {
        String requestId = requestId(execution);
        Instant deletionAt = settings.graceEnds(Instant.now(clock));
        attempts.raiseWhenLast(UndeliveredNoticeTask.ERROR, MailNotSent.class, () -> mails.sendOnce(MailSteps.key(execution),
                kind, requestId, to, () -> {
            Map<String, Object> data = new HashMap<>(fields);
            data.put("deletionAt", MailSteps.date(deletionAt));
            Duration untilDeletion = Duration.between(Instant.now(clock), deletionAt);
            linkFields.forEach((field, purpose) -> data.put(field, links.issue(purpose, requestId, untilDeletion)));
            data.put("saveDataUrl", links.issue(SaveYourDataLink.PURPOSE, requestId, untilDeletion));
            return data;
        }));
    }

    /** When the data went, and which partners were asked to erase their copies. */
    void sendDeletionCompleted(DelegateExecution execution, MailKind kind, String to) {
        String requestId = requestId(execution);
        mails.sendOnce(MailSteps.key(execution), kind, requestId, to, () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("deletedAt", MailSteps.date(Instant.now(clock)));
            data.put("requestId", requestId);
            data.put("partners", String.join(", ", notices.partnersTold(requestId)));
            return data;
        });
    }

    void send(DelegateExecution execution, MailKind kind, String to, Map<String, Object> data) {
        mails.sendOnce(MailSteps.key(execution), kind, requestId(execution), to, () -> new HashMap<>(data));
    }
}
