package io.rightsflow.erasure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** When the account went; {@code partners} names those told to erase their copies, empty if none. */
@CheckedTemplate(basePath = "mail/erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AccountDeletionCompleted(String deletedAt, String requestId, String partners) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ACCOUNT_DELETION_COMPLETED;
    }
}
