package io.rightsflow.mail;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A mail that went out: which kind, for which request, when; never its address or content. */
@Entity
public class MailLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The process step that sent it: a retried step finds it here and does not send again. */
    public String idempotencyKey;
    public String kind;
    public String requestId;
    public String messageId;
    public Instant sentAt;

    public static boolean sent(String idempotencyKey) {
        return count("idempotencyKey", idempotencyKey) > 0;
    }
}
