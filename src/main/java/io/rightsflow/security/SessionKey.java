package io.rightsflow.security;

import io.rightsflow.system.RequiredSecret;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The key that encrypts the pages' session cookie and signs their form tokens. Every node of a
 * cluster needs the same one, or a person is signed out whenever the balancer picks another node;
 * without it Quarkus would draw one per start.
 */
@ApplicationScoped
class SessionKey implements RequiredSecret {

    @Override
    public String key() {
        return "quarkus.http.auth.session.encryption-key";
    }

    @Override
    public String problem(String value) {
        return RequiredSecret.hmacKeyProblem(value);
    }
}
