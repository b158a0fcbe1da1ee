package io.rightsflow.objection;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The notice, ahead of the date, that the restriction of a rejected objection is lifted. */
@CheckedTemplate(basePath = "mail/objection", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RestrictionLiftNotice(String profileName, String purposes, String liftsAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.RESTRICTION_LIFT_NOTICE;
    }
}
