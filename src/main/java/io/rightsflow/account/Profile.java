package io.rightsflow.account;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A person whose data is kept: the account holder (main) or a family member (secondary). */
@Entity
public class Profile extends PanacheEntityBase {

    @Id
    public String id;
    public String accountId;
    public String name;
    public boolean main;
    @Enumerated(EnumType.STRING)
    public ProfileStatus status;
    public Instant createdAt;
    /** Said for a secondary profile only, when known: whether it is a child's (Art. 8). */
    public Integer birthYear;

    public static List<Profile> ofAccount(String accountId) {
        return list("accountId = ?1 order by main desc, createdAt", accountId);
    }

    public boolean isActive() {
        return status == ProfileStatus.ACTIVE;
    }
}
