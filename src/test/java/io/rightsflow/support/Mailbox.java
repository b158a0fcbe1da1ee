package io.rightsflow.support;

import org.awaitility.Awaitility;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads the mails kept by Quarkus' MockMailbox or received by a real SMTP server, and the links in them. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/links/[A-Za-z0-9_-]+)");

    private Mailbox() {
    }

    public static Mail await(MockMailbox mailbox, String to, String subjectContains) {
        Awaitility.await().atMost(Processes.PATIENCE).until(() -> !matching(mailbox, to, subjectContains).isEmpty());
        return matching(mailbox, to, subjectContains).get(0);
    }

    public static List<Mail> matching(MockMailbox mailbox, String to, String subjectContains) {
        List<Mail> sent = mailbox.getMailsSentTo(to);
        return sent == null ? List.of() : sent.stream().filter(m -> m.getSubject().contains(subjectContains)).toList();
    }

    /** The path of the first email link after {@code marker} in a text, e.g. the reactivate link. */
    public static String linkPathAfter(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("no '" + marker + "' in: " + text);
        }
        return linkPath(text.substring(at));
    }

    /** The path of the first email link in a text, e.g. /links/abc. */
    public static String linkPath(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no /links/ address in: " + text);
        }
        return m.group(1);
    }

    /** The text/plain part of a mail received by a real SMTP server (GreenMail). */
    public static String plainText(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                for (int j = 0; j < nested.getCount(); j++) {
                    if (nested.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) nested.getBodyPart(j).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no text/plain part");
    }
}
