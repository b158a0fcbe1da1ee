package io.rightsflow.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** An optional notification that is not marketing (weekly summary, challenge update) as a mail: the usual layout. */
@CheckedTemplate(basePath = "mail/notification", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record Notification(String title, String text) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.NOTIFICATION;
    }
}
