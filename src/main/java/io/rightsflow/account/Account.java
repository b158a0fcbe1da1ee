package io.rightsflow.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Account extends PanacheEntityBase {

    @Id
    public String id;
    /** Stored lower-case: an address is one account, whatever its capitals. */
    public String email;
    public String passwordHash;
    @Embedded
    public Units units;
    @Enumerated(EnumType.STRING)
    public AccountStatus status;
    public Instant createdAt;
    /** The privacy notice (Art. 13) the holder accepted last, and when; null before notices were versioned. */
    public String noticeVersion;
    public Instant noticeAcceptedAt;

    public static Account findByEmail(String email) {
        return find("email", Emails.normalise(email)).firstResult();
    }
}
