package io.rightsflow.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/**
 * To the subject: their request is refused, why (the kind in words and the desk's reasons), and
 * where to complain or seek a judicial remedy (Art. 12(4)).
 */
@CheckedTemplate(basePath = "mail/request", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RequestRefused(String requestType, String receivedOn, String reasonKind, String reasons, String authorityName,
        String authorityAddress, String authorityUrl) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.REQUEST_REFUSED;
    }
}
