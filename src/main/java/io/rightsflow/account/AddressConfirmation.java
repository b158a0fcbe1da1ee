package io.rightsflow.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the address of a new account: the link that proves it, and when the unconfirmed account goes. */
@CheckedTemplate(basePath = "mail/account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AddressConfirmation(String confirmUrl, String confirmBy) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ADDRESS_CONFIRMATION;
    }
}
