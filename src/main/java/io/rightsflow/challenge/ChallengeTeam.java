package io.rightsflow.challenge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A team of a challenge. */
@Entity
public class ChallengeTeam extends PanacheEntityBase {

    @Id
    public String id;
    public String challengeId;
    public String name;
}
