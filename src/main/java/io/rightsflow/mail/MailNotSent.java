package io.rightsflow.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed delivery, described without the SMTP server's own words: those often repeat the
 * recipient's address, and this message ends up in logs and in the engine's job history.
 */
public class MailNotSent extends RuntimeException {

    private static final Pattern SMTP_REPLY_CODE = Pattern.compile("\\b[45]\\d\\d\\b");

    private MailNotSent(String message) {
        super(message, null, false, false);
    }

    static MailNotSent because(MailKind kind, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage());
        Matcher code = SMTP_REPLY_CODE.matcher(text);
        return new MailNotSent("could not send the " + kind + " mail: " + root.getClass().getSimpleName()
                + (code.find() ? " (SMTP reply " + code.group() + ")" : ""));
    }
}
