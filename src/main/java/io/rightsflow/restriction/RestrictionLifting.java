package io.rightsflow.restriction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** GDPR Art. 18(3): the restriction is about to be lifted, and why; sent before it is. */
@CheckedTemplate(basePath = "mail/restriction", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RestrictionLifting(String profileName, String reasons) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.RESTRICTION_LIFTING;
    }
}
