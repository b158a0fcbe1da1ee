package io.rightsflow.approval;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** An act an agent asked for on a subject's behalf, waiting for the subject's answer. */
@Entity
class PendingAct extends PanacheEntityBase {

    @Id
    public String id;
    public String kind;
    public String accountId;
    public String profileId;
    /** What the act is about, as its feature names it (a viewer account, a grant, a device). */
    public String target;
    /** What the feature needs to do it, e.g. the camera's switches; ids and flags only. */
    public String arguments;
    public String askedBy;
    public String ticket;
    public String reason;
    @Enumerated(EnumType.STRING)
    public ActStatus status;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant decidedAt;
    /** Kind, profile and target while it waits, unique: two identical asks at once file one act. */
    public String openKey;

    @PrePersist
    @PreUpdate
    void releaseOpenKeyWhenDecided() {
        if (status != ActStatus.AWAITING_SUBJECT) {
            openKey = null;
        }
    }
}
