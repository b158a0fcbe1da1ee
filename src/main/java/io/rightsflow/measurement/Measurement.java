package io.rightsflow.measurement;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One value of one category at one time, stored in the base unit of its quantity. */
@Entity
public class Measurement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String profileId;
    public String deviceId;
    public String categoryId;
    @Enumerated(EnumType.STRING)
    public MeasurementSource source;
    public Instant takenAt;
    @Column(name = "val")
    public Double value;
    public Double systolic;
    public Double diastolic;
    public String comment;
    public Instant createdAt;
    /** The rectification request whose statement contests this reading (the reading itself stays as it is). */
    public String contestedBy;
}
