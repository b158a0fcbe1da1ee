package io.rightsflow.security;

import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Checks a username and password against the application's own accounts and staff users (bcrypt
 * hashes), for HTTP Basic and any later login form alike: failed logins are throttled per username
 * and per client address, an unknown username costs one bcrypt check as a wrong password does, and
 * a pair verified a moment ago is accepted again without bcrypt while its stored hash is unchanged.
 */
@ApplicationScoped
class LoginIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String ACCOUNT_ID = "accountId";
    /** Every bcrypt verification a login makes; a cached login makes none, an unknown username one. */
    static final String VERIFICATIONS = "rightsflow.login.password.verifications";

    @Inject
    Instance<Login> directories;

    @Inject
    FailedLogins failedLogins;

    @Inject
    VerifiedCredentials verified;

    private final Counter verifications;

    /** Checked when the username is unknown, so that its answer takes as long as a wrong password's. */
    private final String unknownUserHash = Passwords.hash(UUID.randomUUID().toString());

    LoginIdentityProvider(MeterRegistry registry) {
        this.verifications = registry.counter(VERIFICATIONS);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        String address = clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> identify(username, password, address));
    }

    /** The peer's address, or the forwarded one when quarkus.http.proxy trusts the proxy that sent it. */
    private static String clientAddress(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return null;
        }
        return routing.request().remoteAddress().hostAddress();
    }

    private SecurityIdentity identify(String username, String password, String address) {
        FailedLogins.Attempt attempt = failedLogins.attempt(username, address);
        boolean failedBefore;
        try {
            failedBefore = failedLogins.check(attempt);
        } catch (LoginThrottled throttled) {
            throw new AuthenticationFailedException(throttled);
        }
        Optional<Login.Credential> stored = lookUp(directories, username);
        String pair = verified.keyOf(username, password);
        boolean accepted;
        if (stored.isPresent() && verified.remembers(pair, stored.get().passwordHash())) {
            accepted = true;
        } else {
            accepted = bcrypt(password, stored.map(Login.Credential::passwordHash).orElse(unknownUserHash))
                    && stored.isPresent();
            if (accepted) {
                verified.remember(pair, stored.get().passwordHash());
            }
        }
        if (!accepted) {
            failedLogins.failed(attempt);
            throw new AuthenticationFailedException();
        }
        if (failedBefore) {
            failedLogins.succeeded(attempt);
        }
        return identityOf(stored.get().identity());
    }

    /** The one directory that knows this username and lets it log in now. */
    static Optional<Login.Credential> lookUp(Instance<Login> directories, String username) {
        for (Login directory : directories) {
            Optional<Login.Credential> found = directory.find(username);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private boolean bcrypt(String password, String hash) {
        verifications.increment();
        return Passwords.matches(password, hash);
    }

    static SecurityIdentity identityOf(Login.Identity identity) {
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(identity.username()))
                .addRole(identity.role());
        if (identity.accountId() != null) {
            builder.addAttribute(ACCOUNT_ID, identity.accountId());
        }
        return builder.build();
    }
}
