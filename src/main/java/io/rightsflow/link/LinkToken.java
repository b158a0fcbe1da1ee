package io.rightsflow.link;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An issued email link: only the SHA-256 of its token is kept, bound to one purpose and one request. */
@Entity
public class LinkToken extends PanacheEntityBase {

    @Id
    public String id;
    public String tokenHash;
    public String purpose;
    public String requestId;
    public Instant expiresAt;
    public Instant usedAt;
    public Instant createdAt;

    static LinkToken findByHash(String hash) {
        return find("tokenHash", hash).firstResult();
    }
}
