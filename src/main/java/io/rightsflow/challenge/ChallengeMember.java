package io.rightsflow.challenge;

import java.io.Serializable;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A profile taking part in a challenge, in a team or not. */
@Entity
@IdClass(ChallengeMember.Key.class)
public class ChallengeMember extends PanacheEntityBase {

    @Id
    public String challengeId;
    @Id
    public String profileId;
    public String teamId;
    public Instant joinedAt;

    public static class Key implements Serializable {
        public String challengeId;
        public String profileId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.challengeId.equals(challengeId) && key.profileId.equals(profileId);
        }

        @Override
        public int hashCode() {
            return challengeId.hashCode() * 31 + profileId.hashCode();
        }
    }
}
