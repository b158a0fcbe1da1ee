package io.rightsflow.staff;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An agent, auditor or admin; logs in with a username (never an email address). */
@Entity
public class StaffUser extends PanacheEntityBase {

    @Id
    public String username;
    public String passwordHash;
    public String role;
    public Instant createdAt;
    /** A disabled user cannot log in; their next call fails, whatever a cache remembers. */
    public boolean enabled = true;
    /** The bootstrap admin only: the hash of the configured password last applied (see BootstrapAdmin). */
    public String bootstrapPasswordHash;
}
