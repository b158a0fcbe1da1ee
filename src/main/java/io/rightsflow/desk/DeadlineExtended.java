package io.rightsflow.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the subject: the request's new due date, and why it needs more time. */
@CheckedTemplate(basePath = "mail/desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record DeadlineExtended(String requestType, Integer months, String dueAt, String reason) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.DEADLINE_EXTENDED;
    }
}
