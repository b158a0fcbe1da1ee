package io.rightsflow.measurement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailKind;

/** What a CSV import added, to the account holder. */
@CheckedTemplate(basePath = "mail/measurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
record ImportConfirmation(int rows, String kind, String profileName, String importedAt) implements TemplateInstance, MailData {

    @Override
    public MailKind mailKind() {
        return MailKind.IMPORT_CONFIRMATION;
    }
}
