package io.rightsflow.rectification;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** What was done about the rectification, one sentence a change; whether partner apps are told. */
@CheckedTemplate(basePath = "mail/rectification", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record RectificationDone(String profileName, List<String> done, boolean partnersTold) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.RECTIFICATION_DONE;
    }
}
