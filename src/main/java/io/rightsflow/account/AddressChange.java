package io.rightsflow.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A change of an account's address waiting for the link mailed to the new address (V17). */
@Entity
class AddressChange extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String newEmail;
    /** Where the notice goes, even once the change is confirmed. */
    public String oldEmail;
    public Instant requestedAt;
    public Instant confirmedAt;
    public Instant cancelledAt;

    static AddressChange ofAccount(String accountId) {
        return find("accountId", accountId).firstResult();
    }

    boolean isWaiting() {
        return confirmedAt == null && cancelledAt == null;
    }
}
