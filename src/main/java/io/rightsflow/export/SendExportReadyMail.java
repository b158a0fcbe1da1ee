package io.rightsflow.export;

import io.rightsflow.mail.MailData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Task_SendExportReadyMail: the download link, valid until the archive's retention ends. */
@Named
@ApplicationScoped
class SendExportReadyMail extends ArchiveReadyMail {

    @Override
    MailData ready(String profile, String sizeMiB, String downloadUrl, String expiresAt) {
        return new ExportReady(profile == null ? "all profiles of your account" : profile, sizeMiB, downloadUrl, expiresAt);
    }
}
