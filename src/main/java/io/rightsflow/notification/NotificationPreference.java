package io.rightsflow.notification;

import java.io.Serializable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** An account's choice for one kind of optional mail. */
@Entity
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference extends PanacheEntityBase {

    @Id
    public String accountId;
    @Id
    @Enumerated(EnumType.STRING)
    public NotificationKind kind;
    public boolean enabled;

    public static class Key implements Serializable {
        public String accountId;
        public NotificationKind kind;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.accountId.equals(accountId) && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return accountId.hashCode() * 31 + kind.hashCode();
        }
    }
}
