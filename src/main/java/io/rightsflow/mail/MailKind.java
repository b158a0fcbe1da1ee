package io.rightsflow.mail;

/**
 * Every email Rightsflow sends, in one list: its template under {@code email-templates/}
 * (an .html and a .txt twin, {@code <feature>/<name in kebab case>}) and its subject. What a mail
 * says is a {@link MailData} record of the feature that sends it, named after its kind
 * ({@code EXPORT_READY} is {@code export.ExportReady}), whose name finds the same templates.
 */
public enum MailKind {
    ADDRESS_CONFIRMATION("account/address-confirmation", "Confirm your email address"),
    PASSWORD_RESET("account/password-reset", "Reset your password"),
    ADDRESS_CHANGE_CONFIRMATION("account/address-change-confirmation", "Confirm your new email address"),
    ADDRESS_CHANGE_NOTICE("account/address-change-notice", "Your email address is being changed"),
    PROFILE_DELETION_SCHEDULED("erasure/profile-deletion-scheduled", "Your profile is scheduled for deletion"),
    PROFILE_REACTIVATED("erasure/profile-reactivated", "Your profile has been reactivated"),
    PROFILE_DELETION_COMPLETED("erasure/profile-deletion-completed", "Your profile has been deleted"),
    ACCOUNT_DELETION_SCHEDULED("erasure/account-deletion-scheduled", "Your account is scheduled for deletion"),
    ACCOUNT_DELETION_CANCELLED("erasure/account-deletion-cancelled", "The deletion of your account has been cancelled"),
    ACCOUNT_DELETION_COMPLETED("erasure/account-deletion-completed", "Your account has been deleted"),
    ERASURE_HELD("erasure/erasure-held", "Part of your erasure request is refused for now"),
    EXPORT_READY("export/export-ready", "Your data is ready to download"),
    ACCESS_READY("export/access-ready", "Your copy of your data is ready"),
    EXPORT_EXPIRED("export/export-expired", "Your data export has been deleted"),
    IMPORT_CONFIRMATION("measurement/import-confirmation", "Your data has been imported"),
    OBJECTION_RECEIVED("objection/objection-received", "We have received your objection"),
    OBJECTION_DECISION("objection/objection-decision", "The decision on your objection"),
    RESTRICTION_LIFT_NOTICE("objection/restriction-lift-notice", "The restriction of processing will be lifted"),
    RECTIFICATION_DONE("rectification/rectification-done", "Your request to correct your data is done"),
    RESTRICTION_IN_PLACE("restriction/restriction-in-place", "The use of your data is restricted"),
    RESTRICTION_LIFTING("restriction/restriction-lifting", "The restriction of your data will be lifted"),
    REQUEST_DUE_SOON("desk/request-due-soon", "A request is due soon"),
    DEADLINE_EXTENDED("desk/deadline-extended", "We need more time for your request"),
    REQUEST_RECEIVED("desk/request-received", "We have received your request"),
    INDEPENDENCE_CONFIRMATION_REQUEST("independence/independence-confirmation-request", "Confirm your own account"),
    INDEPENDENCE_REQUESTED("independence/independence-requested", "A profile is getting its own account"),
    INDEPENDENCE_COMPLETED("independence/independence-completed", "The profile has its own account now"),
    INDEPENDENCE_ADDRESS_IN_USE("independence/independence-address-in-use", "A profile cannot move to this address"),
    INDEPENDENCE_EXPIRED("independence/independence-expired", "The profile stays in your account"),
    PARTNER_DISCONNECTED("partner/partner-disconnected", "A partner app has been disconnected"),
    PARTNER_ERASURE_NOTICE("partner/partner-erasure-notice", "Your erasure request has reached the partner app"),
    REQUEST_REFUSED("request/request-refused", "Your request has been refused"),
    REQUEST_ENDED("request/request-ended", "Your request has ended"),
    APPROVAL_REQUEST("approval/approval-request", "Customer service asks for your approval"),
    /** Optional (weekly summaries, challenge updates): only while the account has its kind on. */
    NOTIFICATION("notification/notification", "News from your health devices"),
    /**
     * Tips and product news (direct marketing): only with the holder's consent, in the marketing
     * layout with an unsubscribe link (a {@link MarketingMail}). Its subject is the other notifications'.
     */
    MARKETING("notification/marketing", "News from your health devices");

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
