package io.rightsflow.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sends templated mail once per process step. The send and its log entry commit in their own
 * transaction, so a step that fails after sending (and is retried by the engine) finds the entry
 * and does not send again; a send that fails leaves no entry, and the retry sends it.
 */
@ApplicationScoped
public class Mails {

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param idempotencyKey names the step, e.g. process instance and activity id
     * @param data           computed only when the mail is really sent (it may issue links)
     * @return whether a mail went out now (false: this step had already sent it)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sendOnce(String idempotencyKey, String requestId, String to, Supplier<? extends MailData> data) {
        if (MailLog.sent(idempotencyKey)) {
            return false;
        }
        MailData mail = data.get();
        send(idempotencyKey, mail.mailKind(), requestId, to, contentType -> render(mail, contentType), headers(mail));
        return true;
    }

    /**
     * A marketing mail's one-click unsubscribe (RFC 8058): the mail client shows an unsubscribe
     * button and POSTs {@code List-Unsubscribe=One-Click} to the link, without opening a page.
     */
    static Map<String, String> headers(MailData mail) {
        if (mail instanceof MarketingMail marketing) {
            return Map.of("List-Unsubscribe", "<" + marketing.unsubscribeUrl() + ">",
                    "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return Map.of();
    }

    private void send(String idempotencyKey, MailKind kind, String requestId, String to, Function<String, String> render,
            Map<String, String> headers) {
        String messageId = "<" + sha256(idempotencyKey) + "@rightsflow>";
        try {
            Mail mail = Mail.withHtml(to, kind.subject(), render.apply(Variant.TEXT_HTML))
                    .setText(render.apply(Variant.TEXT_PLAIN))
                    .addHeader("Message-ID", messageId);
            headers.forEach(mail::addHeader);
            mailer.send(mail);
        } catch (RuntimeException e) {
            // The step's transaction rolls back; the trail keeps the failed attempt in one of its own.
            QuarkusTransaction.requiringNew().run(() -> audit.record("MAIL_FAILED", AuditTrail.SYSTEM, requestId, null,
                    "kind=" + kind.name() + " outcome=" + e.getClass().getSimpleName()));
            throw MailNotSent.because(kind, e);
        }
        MailLog log = new MailLog();
        log.idempotencyKey = idempotencyKey;
        log.kind = kind.name();
        log.requestId = requestId;
        log.messageId = messageId;
        log.sentAt = Instant.now(clock);
        log.persist();
        audit.record("MAIL_SENT", AuditTrail.SYSTEM, requestId, null, "kind=" + kind.name());
    }

    /** Whether the step with this idempotency key has sent its mail: another step of the process may ask. */
    public boolean sent(String idempotencyKey) {
        return MailLog.sent(idempotencyKey);
    }

    /**
     * One of the record's two templates, chosen by content type ({@code .html} is text/html, {@code .txt}
     * text/plain). Without the check a missing twin would quietly be replaced by the other one.
     */
    static String render(MailData mail, String contentType) {
        @SuppressWarnings("unchecked")
        List<Variant> variants = (List<Variant>) mail.getAttribute(TemplateInstance.VARIANTS);
        if (variants == null || variants.stream().noneMatch(v -> contentType.equals(v.getContentType()))) {
            throw new IllegalStateException("no " + contentType + " template for " + mail.getClass().getSimpleName());
        }
        return mail.setVariant(Variant.forContentType(contentType)).render();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
