package io.rightsflow.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.export.SaveYourDataLink;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailData;
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

    /** A deletion-scheduled mail, made only when it is really sent, since making it issues links. */
    @FunctionalInterface
    interface ScheduledMail {
        /** @param linkUntilDeletion issues a further link for a purpose, valid until the deletion */
        MailData make(String deletionAt, String saveDataUrl, Function<String, String> linkUntilDeletion);
    }

    /** A deletion-completed mail: both erasures say the same. */
    @FunctionalInterface
    interface CompletedMail {
        MailData make(String deletedAt, String requestId, String partners);
    }

    /**
     * When the data goes and how to save it until then: a save-your-data link, and any further links
     * the mail issues, each valid until the deletion. The grace period starts once this mail is
     * accepted (its timer follows the step); when the step's last retry fails too, the desk's BPMN
     * error is raised instead of an incident.
     */
    void sendDeletionScheduled(DelegateExecution execution, String to, ScheduledMail mail) {
        String requestId = requestId(execution);
        Instant deletionAt = settings.graceEnds(Instant.now(clock));
        attempts.raiseWhenLast(UndeliveredNoticeTask.ERROR, MailNotSent.class, () -> mails.sendOnce(MailSteps.key(execution),
                requestId, to, () -> {
            Duration untilDeletion = Duration.between(Instant.now(clock), deletionAt);
            return mail.make(MailSteps.date(deletionAt), links.issue(SaveYourDataLink.PURPOSE, requestId, untilDeletion),
                    purpose -> links.issue(purpose, requestId, untilDeletion));
        }));
    }

    /** When the data went, and which partners were asked to erase their copies. */
    void sendDeletionCompleted(DelegateExecution execution, String to, CompletedMail mail) {
        String requestId = requestId(execution);
        mails.sendOnce(MailSteps.key(execution), requestId, to, () -> mail.make(MailSteps.date(Instant.now(clock)),
                requestId, String.join(", ", notices.partnersTold(requestId))));
    }

    void send(DelegateExecution execution, String to, MailData mail) {
        mails.sendOnce(MailSteps.key(execution), requestId(execution), to, () -> mail);
    }
}
