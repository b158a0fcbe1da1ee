package io.rightsflow.erasure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** That the account stays, as customer service was asked. */
@CheckedTemplate(basePath = "mail/erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AccountDeletionCancelled(String requestId) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ACCOUNT_DELETION_CANCELLED;
    }
}
