package io.rightsflow.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The mail that the archive and its link are gone. */
@CheckedTemplate(basePath = "mail/export", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ExportExpired(String deletedAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.EXPORT_EXPIRED;
    }
}
