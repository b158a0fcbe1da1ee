package io.rightsflow.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the subject: the system ended their request, and why (e.g. its profile is being deleted). */
@CheckedTemplate(basePath = "mail/request", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RequestEnded(String requestType, String receivedOn, String reason) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.REQUEST_ENDED;
    }
}
