package io.rightsflow.measurement;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Device extends PanacheEntityBase {

    @Id
    public String id;
    public String profileId;
    public String productId;
    public Instant createdAt;
}
