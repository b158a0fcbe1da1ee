package io.rightsflow.challenge;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A step challenge, organised by one profile. */
@Entity
public class Challenge extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    public String organiserProfileId;
    public Instant startsAt;
    public Instant createdAt;
}
