package io.rightsflow.erasure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** When the account goes, its link to save its data until then, and the reference to quote to keep it. */
@CheckedTemplate(basePath = "mail/erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AccountDeletionScheduled(String deletionAt, String saveDataUrl, String requestId) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ACCOUNT_DELETION_SCHEDULED;
    }
}
