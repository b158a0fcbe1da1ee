package io.rightsflow.partner;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** New measurements on their way to one partner; the ids are in partner_delivery_item. */
@Entity
public class PartnerDelivery extends PanacheEntityBase {

    @Id
    public String id;
    public String grantId;
    public int measurements;
    public Instant createdAt;
    /** DELIVERED, or why it was not: REVOKED, PENDING_DELETION, RESTRICTED, NO_ENDPOINT; null while waiting. */
    public String outcome;
}
