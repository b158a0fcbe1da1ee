package io.rightsflow.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the new address of a change: the link that proves it, after which the account uses it. */
@CheckedTemplate(basePath = "mail/account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AddressChangeConfirmation(String confirmUrl, String validUntil) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ADDRESS_CHANGE_CONFIRMATION;
    }
}
