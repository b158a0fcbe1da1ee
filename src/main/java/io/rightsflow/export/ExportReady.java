package io.rightsflow.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The export's download link mail; {@code what} names the profile, or all of the account's. */
@CheckedTemplate(basePath = "mail/export", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ExportReady(String what, String sizeMiB, String downloadUrl, String expiresAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.EXPORT_READY;
    }
}
