package io.rightsflow.challenge;

import java.io.Serializable;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An account invited to a challenge: any of its profiles may join. */
@Entity
@IdClass(ChallengeInvitation.Key.class)
public class ChallengeInvitation extends PanacheEntityBase {

    @Id
    public String challengeId;
    @Id
    public String accountId;
    public Instant invitedAt;

    public static class Key implements Serializable {
        public String challengeId;
        public String accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.challengeId.equals(challengeId) && key.accountId.equals(accountId);
        }

        @Override
        public int hashCode() {
            return challengeId.hashCode() * 31 + accountId.hashCode();
        }
    }
}
