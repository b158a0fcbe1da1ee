package io.rightsflow.support;

import static org.awaitility.Awaitility.await;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * The real SMTP server of {@link RealSmtpProfile} (GreenMail, in the test JVM), which a test can
 * take down and bring back like an outage; each start is a new server with an empty mailbox.
 */
public class SmtpServer {

    /** The server started last and not stopped: where {@link Subject#create} reads its confirmation mail. */
    private static volatile SmtpServer running;

    private GreenMail greenMail;

    public SmtpServer start() {
        greenMail = new GreenMail(new ServerSetup(RealSmtpProfile.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        running = this;
        return this;
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (running == this) {
            running = null;
        }
    }

    /**
     * Runs {@code work} where it can read the mail it causes: with the server that runs, or, in the
     * middle of a test's outage, with one of its own for that time only (the test's outage goes on after).
     */
    static <T> T reading(Function<SmtpServer, T> work) {
        SmtpServer server = running;
        if (server != null) {
            return work.apply(server);
        }
        SmtpServer own = new SmtpServer().start();
        try {
            return work.apply(own);
        } finally {
            own.stop();
        }
    }

    /** The messages this server has received for {@code to} whose subject contains the text. */
    public List<MimeMessage> messages(String to, String subjectContains) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && m.getSubject().contains(subjectContains);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public MimeMessage awaitMessage(String to, String subjectContains) {
        await().atMost(Processes.PATIENCE).until(() -> !messages(to, subjectContains).isEmpty());
        return messages(to, subjectContains).get(0);
    }
}
