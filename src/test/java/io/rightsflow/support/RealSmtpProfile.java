package io.rightsflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Mail goes to a real SMTP server (GreenMail, in the test JVM) instead of the mock mailbox. */
public class RealSmtpProfile implements QuarkusTestProfile {

    private static final String PORT_PROPERTY = "rightsflow.test.smtp-port";

    /**
     * A free port, the same for the profile and the test: they are loaded by different class
     * loaders, so the choice is kept in a system property rather than a static field.
     */
    public static synchronized int smtpPort() {
        if (System.getProperty(PORT_PROPERTY) == null) {
            System.setProperty(PORT_PROPERTY, String.valueOf(freePort()));
        }
        return Integer.getInteger(PORT_PROPERTY);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtpPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                // The tests stop and restart the SMTP server: a pooled connection to the old one
                // must not be reused, and a send that hangs must fail fast and be retried.
                "quarkus.mailer.keep-alive", "false",
                "quarkus.mailer.timeout", "PT5S",
                "rightsflow.links.base-url", "http://localhost:8081");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
