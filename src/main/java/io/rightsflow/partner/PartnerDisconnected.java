package io.rightsflow.partner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** A partner app was disconnected; whether an erasure notice follows. */
@CheckedTemplate(basePath = "mail/partner", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record PartnerDisconnected(String profileName, String partnerName, boolean erasureNotice) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.PARTNER_DISCONNECTED;
    }
}
