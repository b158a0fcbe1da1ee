package io.rightsflow.mail;

/**
 * A direct-marketing mail (tips, product news): its templates use the marketing layout
 * ({@code email-templates/layout/marketing.*}), which states the right to object and shows the
 * unsubscribe link, and {@link Mails} gives it the one-click unsubscribe headers of RFC 8058.
 */
public interface MarketingMail extends MailData {

    /** The absolute https (in production) URL that stops these mails: shown in the mail and in List-Unsubscribe. */
    String unsubscribeUrl();
}
