package io.rightsflow.camera;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A home camera's privacy switches, as its owner set them. */
@Entity
public class CameraPrivacy extends PanacheEntityBase {

    @Id
    public String deviceId;
    public boolean liveStream;
    public boolean recording;
    public Instant updatedAt;
}
