package io.rightsflow.objection;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rightsflow.consent.Purpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * No processing of this profile for this purpose: while an objection is reviewed, or for good; or
 * on a restriction request (Art. 18(1)(a)-(c)) until the desk lifts it. Each row belongs to the
 * request that placed it, and only that request lifts it.
 */
@Entity
@Table(name = "processing_restriction")
public class Restriction extends PanacheEntityBase {

    public enum Status {
        UNDER_REVIEW, PERMANENT,
        /** Placed by a RESTRICTION request, lifted only by its own process. */
        ON_REQUEST
    }

    @Id
    public String id;
    public String profileId;
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String requestId;
    public Instant createdAt;

    /** The oldest restriction of this profile for this purpose, whichever request placed it. */
    static Restriction find(String profileId, Purpose purpose) {
        return find("profileId = ?1 and purpose = ?2 order by createdAt, id", profileId, purpose).firstResult();
    }

    /** The restriction an objection placed for this purpose: a restriction request's does not count there. */
    static Restriction ofObjection(String profileId, Purpose purpose) {
        return find("profileId = ?1 and purpose = ?2 and status <> ?3", profileId, purpose, Status.ON_REQUEST)
                .firstResult();
    }

    static List<Restriction> ofRequest(String requestId) {
        return list("requestId", requestId);
    }
}
