package io.rightsflow.independence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the new address only: the link that confirms the new account by choosing its password. */
@CheckedTemplate(basePath = "mail/independence", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record IndependenceConfirmationRequest(String profileName, String confirmUrl, String confirmBy) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.INDEPENDENCE_CONFIRMATION_REQUEST;
    }
}
