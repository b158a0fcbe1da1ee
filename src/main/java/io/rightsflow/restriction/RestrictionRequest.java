package io.rightsflow.restriction;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A restriction request's details, kept here rather than in the engine: the statement and the
 * reasons for lifting are free text and may hold personal data; they go when the profile is erased.
 */
@Entity
public class RestrictionRequest extends PanacheEntityBase {

    /** The desk's one decision: the ground no longer holds (e.g. accuracy verified, claims ended). */
    static final String LIFT = "LIFT";

    @Id
    public String requestId;
    public String profileId;
    @Enumerated(EnumType.STRING)
    public Ground ground;
    public String statement;
    public Instant restrictedAt;
    public String decision;
    public String reasons;
    public String decidedBy;
    public Instant decidedAt;
    public Instant liftedAt;
}
