package io.rightsflow.request;

import java.io.Serializable;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** The first answer to POST /api/requests with an Idempotency-Key, kept for the retries of that call. */
@Entity
@IdClass(IdempotentRequest.Key.class)
class IdempotentRequest extends PanacheEntityBase {

    @Id
    String caller;
    @Id
    String idempotencyKey;
    /** SHA-256 of the body as it was understood, so that another body under the same key is told apart. */
    String bodyHash;
    String requestId;
    /** The JSON of the 201 answer: ids, types, dates and a notice, never personal data. */
    String answer;
    Instant createdAt;

    record Key(String caller, String idempotencyKey) implements Serializable {
    }
}
