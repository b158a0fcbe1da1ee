package io.rightsflow.objection;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The objection is received; processing for its purposes is restricted meanwhile. */
@CheckedTemplate(basePath = "mail/objection", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ObjectionReceived(String profileName, String purposes) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.OBJECTION_RECEIVED;
    }
}
