package io.rightsflow.erasure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** That the profile stays, after all. */
@CheckedTemplate(basePath = "mail/erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ProfileReactivated(String profileName) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.PROFILE_REACTIVATED;
    }
}
