package io.rightsflow.mail;

/**
 * Every email Rightsflow sends, in one list: its template under {@code email-templates/}
 * (an .html and a .txt twin) and its subject.
 */
public enum MailKind {
    PROFILE_DELETION_SCHEDULED("erasure/profile-deletion-scheduled", "Your profile is scheduled for deletion"),
    PROFILE_REACTIVATED("erasure/profile-reactivated", "Your profile has been reactivated"),
    PROFILE_DELETION_COMPLETED("erasure/profile-deletion-completed", "Your profile has been deleted"),
    EXPORT_READY("export/export-ready", "Your data is ready to download"),
    EXPORT_EXPIRED("export/export-expired", "Your data export has been deleted"),
    IMPORT_CONFIRMATION("measurement/import-confirmation", "Your data has been imported");

    private final String template;
    private final String subject;

    MailKind(String template, String subject) {
        this.template = template;
        this.subject = subject;
    }

    public String template() {
        return template;
    }

    public String subject() {
        return subject;
    }
}
