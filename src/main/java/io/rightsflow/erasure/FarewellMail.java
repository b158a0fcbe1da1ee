package io.rightsflow.erasure;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The address of an erased account's final mail, kept from the removal of the account row until
 * that mail is sent (then deleted): a mail server that is down never keeps the account in place.
 */
@Entity
class FarewellMail extends PanacheEntityBase {

    @Id
    public String requestId;
    public String email;
    public Instant createdAt;
}
