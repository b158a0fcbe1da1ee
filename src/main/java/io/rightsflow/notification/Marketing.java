package io.rightsflow.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MarketingMail;

/** A tip or product news as a mail: the marketing layout, with the account's unsubscribe link. */
@CheckedTemplate(basePath = "mail/notification", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record Marketing(String title, String text, String unsubscribeUrl) implements TemplateInstance, MarketingMail {

    @Override
    public MailKind mailKind() {
        return MailKind.MARKETING;
    }
}
