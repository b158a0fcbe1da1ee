package io.rightsflow.rectification;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A rectification's details, kept here rather than in the engine: the statement and the asked-for
 * values are personal data; they go when the profile is erased.
 */
@Entity
public class Rectification extends PanacheEntityBase {

    /** Values the person entered and account fields take their right value. */
    public static final String CORRECT = "CORRECT";
    /** Readings of the wrong person move to the right profile of the same account. */
    public static final String MOVE = "MOVE";
    /** Readings stay as they are, marked as contested with the person's statement. */
    public static final String CONTEST = "CONTEST";

    @Id
    public String requestId;
    public String profileId;
    /** The account the profile was in when the person asked. */
    public String accountId;
    public String moveToProfileId;
    public String statement;
    public String decision;
    public String decidedBy;
    public Instant decidedAt;

    List<RectificationItem> items() {
        return RectificationItem.list("requestId = ?1 order by id", requestId);
    }
}
