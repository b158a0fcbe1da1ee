package io.rightsflow.export;

import io.rightsflow.mail.MailData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Task_SendAccessReadyMail of access.bpmn: the link to the copy, valid until its retention ends (as an export's). */
@Named
@ApplicationScoped
class SendAccessReadyMail extends ArchiveReadyMail {

    @Override
    MailData ready(String profile, String sizeMiB, String downloadUrl, String expiresAt) {
        return new AccessReady(profile == null ? "your account and every profile it holds" : profile, sizeMiB, downloadUrl, expiresAt);
    }
}
