package io.rightsflow.export;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The mail that an archive is ready (an export's, a copy of one's data): its download link, valid
 * until the archive's retention ends. Each process's step names its own mail.
 */
abstract class ArchiveReadyMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Requests requests;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Inject
    Links links;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        ExportArchive archive = ExportArchive.findById(requestId);
        if (archive == null || archive.deletedAt != null) {
            // An erasure took it, or the mail kept failing until the retention ended: no link to nothing.
            return;
        }
        // The request's account now, not the archive's: the profile may have moved while it was built.
        AccountRef account = accounts.find(requests.find(requestId).accountId());
        ProfileRef profile = archive.profileId == null ? null : profiles.find(archive.profileId);
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> ready(
                profile == null ? null : "the profile \"" + profile.name() + "\"",
                String.format("%.1f", archive.sizeBytes / 1048576.0),
                links.issue(ExportDownload.PURPOSE, requestId, Duration.between(Instant.now(clock), archive.expiresAt)),
                MailSteps.date(archive.expiresAt)));
    }

    /** {@code profile}: "the profile "…"", or null for a whole account. */
    abstract MailData ready(String profile, String sizeMiB, String downloadUrl, String expiresAt);
}
