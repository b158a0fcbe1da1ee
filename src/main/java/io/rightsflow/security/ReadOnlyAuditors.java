package io.rightsflow.security;

import java.util.Set;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.rightsflow.system.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Auditors read; they never change anything. Every call of theirs that could write (any method
 * but GET, HEAD, OPTIONS), on any address, even one open to everyone, answers 403 before it runs,
 * whether they came with HTTP Basic or with the pages' session cookie. Signing out is theirs to do.
 */
class ReadOnlyAuditors {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> refuseWrites(ContainerRequestContext request) {
        boolean credentials = request.getHeaderString("Authorization") != null
                || request.getCookies().containsKey(sessionCookie);
        // without credentials nobody is an auditor: no identity to look up for an anonymous call
        if (READING.contains(request.getMethod()) || !credentials || "/logout".equals(request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> isAuditor(identity) ? Problem.of(Response.Status.FORBIDDEN,
                        "auditors have read-only access: " + request.getMethod() + " is not allowed").toResponse() : null);
    }

    private static boolean isAuditor(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(Roles.AUDITOR);
    }
}
