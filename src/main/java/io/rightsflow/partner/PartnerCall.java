package io.rightsflow.partner;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A call a partner accepted, kept once per idempotency key. */
@Entity
public class PartnerCall extends PanacheEntityBase {

    public enum Kind { DELIVERY, REVOCATION, ERASURE_NOTICE, CHANGE_NOTICE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String idempotencyKey;
    public String partnerId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String requestId;
    public String grantId;
    public int statusCode;
    public Instant acceptedAt;

    static boolean accepted(String idempotencyKey) {
        return count("idempotencyKey", idempotencyKey) > 0;
    }
}
