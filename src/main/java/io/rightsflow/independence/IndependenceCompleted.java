package io.rightsflow.independence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The profile has its own account; said one way to the new owner, another to the holder. */
@CheckedTemplate(basePath = "mail/independence", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record IndependenceCompleted(boolean newOwner, String profileName) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.INDEPENDENCE_COMPLETED;
    }
}
