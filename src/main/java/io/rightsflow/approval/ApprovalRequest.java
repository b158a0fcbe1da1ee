package io.rightsflow.approval;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** To the account's own address: customer service asks to do something that sends data or control away. */
@CheckedTemplate(basePath = "mail/approval", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ApprovalRequest(String asked, String approveUrl, String refuseUrl, String answerBy)
        implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.APPROVAL_REQUEST;
    }
}
