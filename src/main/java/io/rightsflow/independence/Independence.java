package io.rightsflow.independence;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What an INDEPENDENCE request needs beyond its record: the new address, out of the engine. */
@Entity
public class Independence extends PanacheEntityBase {

    @Id
    public String requestId;
    public String profileId;
    /** Only while pending: cleared when the request ends, the new account then holds it. */
    public String newEmail;
    public String newAccountId;
    public Instant confirmedAt;
    /** Filed by an agent: when the holder approved it; the new owner's link runs from then. */
    public Instant approvedAt;
}
