package io.rightsflow.measurement;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A night as a sleep sensor (Sleep, Aura) sums it up: its span, time per stage, wake-ups. */
@Entity
public class SleepNight extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String profileId;
    public String deviceId;
    public Instant startedAt;
    public Instant endedAt;
    @Column(name = "light_s")
    public int lightSeconds;
    @Column(name = "deep_s")
    public int deepSeconds;
    @Column(name = "rem_s")
    public int remSeconds;
    @Column(name = "awake_s")
    public int awakeSeconds;
    public int wakeUps;
    public Instant createdAt;
}
