package io.rightsflow.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the subject: their request arrived (its type in words), and the date by which it is answered. */
@CheckedTemplate(basePath = "mail/desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RequestReceived(String requestType, String requestId, String receivedOn, String dueOn)
        implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.REQUEST_RECEIVED;
    }
}
