package io.rightsflow.challenge;

import java.io.Serializable;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An invitation to an address that has no confirmed account yet, kept by the address's keyed hash
 * until an account proves that address: then it becomes a {@link ChallengeInvitation} of that account.
 */
@Entity
@Table(name = "waiting_challenge_invitation")
@IdClass(WaitingInvitation.Key.class)
public class WaitingInvitation extends PanacheEntityBase {

    @Id
    public String challengeId;
    @Id
    public String addressHash;
    public Instant invitedAt;

    public static class Key implements Serializable {
        public String challengeId;
        public String addressHash;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.challengeId.equals(challengeId) && key.addressHash.equals(addressHash);
        }

        @Override
        public int hashCode() {
            return challengeId.hashCode() * 31 + addressHash.hashCode();
        }
    }
}
