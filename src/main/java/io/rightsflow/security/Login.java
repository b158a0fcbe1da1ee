package io.rightsflow.security;

import java.util.Optional;

/**
 * A directory of people who may log in (accounts, staff). Each feature that owns credentials
 * offers one; the identity provider asks them in turn and checks the password itself, so that
 * throttling, equal timing and the cache of verified credentials live in one place.
 */
public interface Login {

    /**
     * The stored credential of this username, or empty when this directory does not know it or it may
     * not log in (disabled, waiting for its deletion). Called on every authenticated call: keep it one
     * indexed read.
     */
    Optional<Credential> find(String username);

    /** Who logged in: the name they used, their role, and for subjects their account id. */
    record Identity(String username, String role, String accountId) {
    }

    /** An identity and the bcrypt hash its password must match. */
    record Credential(Identity identity, String passwordHash) {
    }
}
