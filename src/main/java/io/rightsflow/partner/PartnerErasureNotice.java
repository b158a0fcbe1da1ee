package io.rightsflow.partner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** The partner app accepted the erasure notice, and when. */
@CheckedTemplate(basePath = "mail/partner", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record PartnerErasureNotice(String deliveredAt, String partnerName, String profileName) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.PARTNER_ERASURE_NOTICE;
    }
}
