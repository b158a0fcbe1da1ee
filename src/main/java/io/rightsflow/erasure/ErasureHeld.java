package io.rightsflow.erasure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/**
 * A legal hold keeps what the person asked to delete (Art. 17(3)(b), (e)): what is kept ("your
 * profile Charlie", "your account"), why in the words of the hold's reason category (never the
 * staff note), and until when, if the hold has an end date ({@code until} empty if not).
 */
@CheckedTemplate(basePath = "mail/erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ErasureHeld(String what, String reasons, String until, String requestId) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.ERASURE_HELD;
    }
}
