package io.rightsflow.objection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rightsflow.consent.Purpose;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * An objection's details, kept here rather than in the engine: the statement and the grounds
 * are free text and may hold personal data; they go when the profile is erased.
 */
@Entity
public class Objection extends PanacheEntityBase {

    public static final String ACCEPT = "ACCEPT";
    public static final String REJECT = "REJECT";

    @Id
    public String requestId;
    public String profileId;
    /** Comma-separated {@link Purpose} names. */
    public String purposes;
    public String statement;
    public String decision;
    public String grounds;
    public String decidedBy;
    public Instant decidedAt;

    List<Purpose> purposeList() {
        return Arrays.stream(purposes.split(",")).map(Purpose::valueOf).toList();
    }
}
