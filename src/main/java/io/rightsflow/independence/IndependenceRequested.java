package io.rightsflow.independence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the account holder: the new owner has been asked to confirm. */
@CheckedTemplate(basePath = "mail/independence", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record IndependenceRequested(String profileName) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.INDEPENDENCE_REQUESTED;
    }
}
