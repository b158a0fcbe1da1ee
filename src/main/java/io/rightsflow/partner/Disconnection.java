package io.rightsflow.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** What a PARTNER_DISCONNECTION request ends, and whether the partner is asked to erase (Art. 19). */
@Entity
@jakarta.persistence.Table(name = "partner_disconnection")
public class Disconnection extends PanacheEntityBase {

    @Id
    public String requestId;
    public String grantId;
    public String partnerId;
    public boolean notifyErasure;
}
