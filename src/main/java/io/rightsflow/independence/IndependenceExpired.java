package io.rightsflow.independence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the account holder: nobody confirmed in time, the profile stays. */
@CheckedTemplate(basePath = "mail/independence", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record IndependenceExpired(String profileName) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.INDEPENDENCE_EXPIRED;
    }
}
