package io.rightsflow.objection;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The decision on an objection; a rejection gives its grounds and when the restriction lifts. */
@CheckedTemplate(basePath = "mail/objection", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ObjectionDecision(boolean accepted, String profileName, String purposes, String grounds, String liftsAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.OBJECTION_DECISION;
    }
}
