package io.rightsflow.security;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Failed logins of one username or one client address (by a hash of it) since its window started. */
@Entity
public class LoginThrottle extends PanacheEntityBase {

    @Id
    public String throttleKey;
    public int failures;
    public Instant windowStartedAt;
}
