package io.rightsflow.hold;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An erasure that found no hold and began to delete (V27); {@code profileId} is null for an
 * account's erasure. A hold placed after it on what it deletes is refused (see {@link LegalHolds#place}).
 */
@Entity
@Table(name = "erasure_past_holds")
class ErasurePastHolds extends PanacheEntityBase {

    @Id
    public String requestId;
    public String accountId;
    public String profileId;
    public Instant passedAt;

    /** The erasure that is deleting this subject already, or null: a profile's own, or its account's. */
    static ErasurePastHolds deleting(HoldSubject type, String subjectId, String accountId) {
        return type == HoldSubject.ACCOUNT
                ? find("accountId = ?1 and profileId is null", subjectId).firstResult()
                : find("profileId = ?1 or (accountId = ?2 and profileId is null)", subjectId, accountId).firstResult();
    }
}
