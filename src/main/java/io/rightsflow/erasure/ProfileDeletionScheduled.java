package io.rightsflow.erasure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** When the profile goes, and its links to save its data and to keep it, valid until then. */
@CheckedTemplate(basePath = "mail/erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ProfileDeletionScheduled(String profileName, String deletionAt, String saveDataUrl, String reactivateUrl) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.PROFILE_DELETION_SCHEDULED;
    }
}
