package io.rightsflow.security;

import java.util.Optional;

/**
 * A directory of people who may log in (accounts, staff). Each feature that owns credentials
 * offers one; the identity provider asks them in turn.
 */
public interface Login {

    /** The identity for these credentials, or empty when this directory does not know them. */
    Optional<Identity> authenticate(String username, String password);

    /** Who logged in: the name they used, their role, and for subjects their account id. */
    record Identity(String username, String role, String accountId) {
    }
}
