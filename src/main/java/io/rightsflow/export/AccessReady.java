package io.rightsflow.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The link to a copy of one's data (ACCESS); {@code what} names the profile, or the account and its profiles. */
@CheckedTemplate(basePath = "mail/export", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AccessReady(String what, String sizeMiB, String downloadUrl, String expiresAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ACCESS_READY;
    }
}
