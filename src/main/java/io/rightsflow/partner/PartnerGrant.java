package io.rightsflow.partner;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A profile linked to a partner app: the partner's token, encrypted, until the link is revoked. */
@Entity
public class PartnerGrant extends PanacheEntityBase {

    /** WAITING: an agent asked for it and the subject has not approved yet; nothing is delivered. */
    public enum Status { ACTIVE, REVOKED, WAITING }

    @Id
    public String id;
    public String profileId;
    public String partnerId;
    public String tokenCipher;
    @Enumerated(EnumType.STRING)
    public Status status;
    public Instant linkedAt;
    public Instant revokedAt;
    /** The erasure that revoked it, whose partners it must notify. */
    public String revokedByRequest;

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    static List<PartnerGrant> activeOf(String profileId) {
        return list("profileId = ?1 and status = ?2", profileId, Status.ACTIVE);
    }
}
