package io.rightsflow.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the desk: a request's task is still open close to its due date. */
@CheckedTemplate(basePath = "mail/desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RequestDueSoon(String requestType, String requestId, String dueAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.REQUEST_DUE_SOON;
    }
}
