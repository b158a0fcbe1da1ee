package io.rightsflow.sharing;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A dashboard share to an address that has no confirmed account yet: kept by the address's keyed
 * hash until an account proves that address, then it becomes a {@link DashboardShare} with the same id.
 */
@Entity
public class WaitingShare extends PanacheEntityBase {

    @Id
    public String id;
    public String profileId;
    public String addressHash;
    /** As the owner typed it (normalised): listed like any share's viewer. */
    public String address;
    public Instant createdAt;
}
