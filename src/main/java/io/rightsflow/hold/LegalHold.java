package io.rightsflow.hold;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A legal hold on a profile or an account (V40): placed, and later lifted or ended by its date. */
@Entity
class LegalHold extends PanacheEntityBase {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public HoldSubject subjectType;
    public String subjectId;
    @Enumerated(EnumType.STRING)
    public HoldReason reason;
    /** For staff only: never mailed, never in the audit trail. */
    public String note;
    public String placedBy;
    public Instant placedAt;
    public Instant untilAt;
    public String liftedBy;
    public Instant liftedAt;
    public String liftReason;

    /** In force: not lifted, and its end date (if any) not passed. */
    boolean isCurrent(Instant now) {
        return liftedAt == null && (untilAt == null || untilAt.isAfter(now));
    }

    HoldView view(Instant now) {
        return new HoldView(id, subjectType, subjectId, reason, note, placedBy, placedAt, untilAt, liftedBy, liftedAt,
                liftReason, isCurrent(now));
    }
}
