package io.rightsflow.measurement;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A screenshot the home camera stored: what and when (the image stays with the camera service). */
@Entity
public class CameraScreenshot extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String profileId;
    public String deviceId;
    public Instant takenAt;
    public String fileName;
    public long sizeBytes;
    public Instant createdAt;
}
