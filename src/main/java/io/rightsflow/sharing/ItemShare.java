package io.rightsflow.sharing;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The record of one timeline item shared on its own: what, with whom, when. */
@Entity
public class ItemShare extends PanacheEntityBase {

    @Id
    public String id;
    public String profileId;
    public long measurementId;
    public String categoryId;
    public Instant takenAt;
    public String sharedWith;
    public Instant sharedAt;
}
