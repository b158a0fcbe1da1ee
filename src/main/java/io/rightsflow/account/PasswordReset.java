package io.rightsflow.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To an account's address, on request: the link to a page that sets a new password. */
@CheckedTemplate(basePath = "mail/account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record PasswordReset(String resetUrl, String validUntil) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.PASSWORD_RESET;
    }
}
