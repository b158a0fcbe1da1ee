package io.rightsflow.independence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the new address, which already has an account: the profile cannot move there; nothing happens. */
@CheckedTemplate(basePath = "mail/independence", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record IndependenceAddressInUse(String profileName) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.INDEPENDENCE_ADDRESS_IN_USE;
    }
}
