package io.rightsflow.restriction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The restriction is in place, on which ground, and the promise to be told before it is lifted. */
@CheckedTemplate(basePath = "mail/restriction", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RestrictionInPlace(String profileName, String ground, String since) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.RESTRICTION_IN_PLACE;
    }
}
