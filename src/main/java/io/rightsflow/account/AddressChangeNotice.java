package io.rightsflow.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the old address of a change: it was asked for, and a link to stop it ("this was not me"). */
@CheckedTemplate(basePath = "mail/account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record AddressChangeNotice(String cancelUrl, String validUntil) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ADDRESS_CHANGE_NOTICE;
    }
}
