package io.rightsflow.mail;

import io.quarkus.qute.TemplateInstance;

/**
 * What one kind of mail says: a Qute template record whose components are exactly the values its
 * two templates use, declared by the feature that sends it and named after its {@link MailKind}.
 * Such a record carries
 * {@code @CheckedTemplate(basePath = "mail/<feature>", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)}
 * so that, for example, {@code export.ExportReady} is rendered from {@code email-templates/export/export-ready.html}
 * and {@code .txt}, and the build fails when either template asks for a value the record lacks.
 * <p>
 * It names {@link TemplateInstance} among its interfaces itself, redundant as that looks: Qute
 * takes a record for a template only by the interfaces it names (MailTemplatesTest checks this).
 */
public interface MailData extends TemplateInstance {

    /** Which mail this is: its subject, and its name in the mail log and the audit trail. */
    MailKind mailKind();
}
