package io.rightsflow.objection;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** No processing of this profile for this purpose: while an objection is reviewed, or for good. */
@Entity
@Table(name = "processing_restriction")
public class Restriction extends PanacheEntityBase {

    public enum Status { UNDER_REVIEW, PERMANENT }

    @Id
    public String id;
    public String profileId;
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String requestId;
    public Instant createdAt;

    static Restriction find(String profileId, Purpose purpose) {
        return find("profileId = ?1 and purpose = ?2", profileId, purpose).firstResult();
    }

    static List<Restriction> ofRequest(String requestId) {
        return list("requestId", requestId);
    }
}
