package io.rightsflow.support;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.RestAssured;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;

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
        while (true) {
            try {
                List<Mail> sent = mailbox.getMailsSentTo(to);
                return sent == null ? List.of()
                        : sent.stream().filter(m -> m.getSubject().contains(subjectContains)).toList();
            } catch (java.util.ConcurrentModificationException e) {
                // the mailer added a mail to that list while it was read: read it again
            }
        }
    }

    /**
     * Runs {@code work}, which causes a mail, where its {@link LinkReader} can read it: the mock mailbox, or the real SMTP server where the test's profile sends mail there
     * (RealSmtpProfile), even during an outage the test made.
     */
    public static <T> T reading(Function<LinkReader, T> work) {
        if (mocked()) {
            MockMailbox mailbox = Arc.container().instance(MockMailbox.class).get();
            return work.apply((to, subjectContains) -> latestLinkPath(mailbox, to, subjectContains));
        }
        return SmtpServer.reading(server -> work.apply((to, subjectContains) -> latestLinkPath(server, to, subjectContains)));
    }

    /** The path of the first link in the latest mail to {@code to} whose subject contains the text, waiting for it. */
    public static String awaitLinkPath(String to, String subjectContains) {
        return reading(reader -> reader.latestLinkPath(to, subjectContains));
    }

    /** Reads the link of a mail from wherever this test's mail goes. */
    @FunctionalInterface
    public interface LinkReader {
        String latestLinkPath(String to, String subjectContains);
    }

    private static String latestLinkPath(MockMailbox mailbox, String to, String subjectContains) {
        // Polled often: every Subject.create waits here for its confirmation mail.
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(Processes.PATIENCE)
                .until(() -> !matching(mailbox, to, subjectContains).isEmpty());
        List<Mail> mails = matching(mailbox, to, subjectContains);
        return committed(linkPath(mails.get(mails.size() - 1).getText()));
    }

    private static String latestLinkPath(SmtpServer server, String to, String subjectContains) {
        server.awaitMessage(to, subjectContains);
        List<MimeMessage> messages = server.messages(to, subjectContains);
        try {
            return committed(linkPath(plainText(messages.get(messages.size() - 1))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The link, once its page knows it: a mail leaves a moment before the step that sent it commits
     * the link (a person is never that quick, a test polling every 10 ms is). Looking changes nothing.
     */
    private static String committed(String link) {
        Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(Processes.PATIENCE)
                .until(() -> RestAssured.given().get(link).statusCode() != 404);
        return link;
    }

    /** Quarkus mocks the mailer in tests unless a profile (RealSmtpProfile) says otherwise. */
    private static boolean mocked() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.mock", Boolean.class).orElse(true);
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
