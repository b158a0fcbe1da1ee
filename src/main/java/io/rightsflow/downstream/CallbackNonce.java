package io.rightsflow.downstream;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A callback's nonce, once per system (V28): its primary key refuses a replay. */
@Entity
@Table(name = "system_callback_nonce")
@IdClass(CallbackNonce.Key.class)
class CallbackNonce extends PanacheEntityBase {

    @Id
    public String systemId;
    @Id
    public String nonce;
    public Instant receivedAt;

    /** The composite key, as JPA wants it: a class with equals and hashCode. */
    public static class Key implements Serializable {
        public String systemId;
        public String nonce;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(systemId, key.systemId) && Objects.equals(nonce, key.nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(systemId, nonce);
        }
    }
}
