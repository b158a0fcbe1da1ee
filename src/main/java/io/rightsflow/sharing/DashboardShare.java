package io.rightsflow.sharing;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A profile's dashboard shared with another account. */
@Entity
public class DashboardShare extends PanacheEntityBase {

    @Id
    public String id;
    public String profileId;
    public String viewerAccountId;
    public Instant createdAt;
}
