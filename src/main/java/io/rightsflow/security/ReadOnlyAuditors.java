package io.rightsflow.security;

import java.util.Set;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.rightsflow.system.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Auditors read; they never change anything. Every call of theirs that could write (any method
 * but GET, HEAD, OPTIONS), on any address, even one open to everyone, answers 403 before it runs.
 */
class ReadOnlyAuditors {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> refuseWrites(ContainerRequestContext request) {
        if (READING.contains(request.getMethod()) || request.getHeaderString("Authorization") == null) {
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
