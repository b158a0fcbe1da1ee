package io.rightsflow.account;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.rightsflow.security.Roles;
import io.rightsflow.system.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An account whose address is not confirmed may log in only to learn that it must confirm: it
 * reads {@code /api/me}, and every other call it makes, on any address, answers 403 saying what
 * to do, before anything runs. (Its role is not {@code subject}, so the endpoints refuse it anyway;
 * this says why.)
 */
class UnconfirmedCallers {

    static final String DETAIL = "confirm your address: follow the link we mailed to it when you signed up "
            + "(POST /api/accounts/confirmation with your email sends a new one)";

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> refuseUntilConfirmed(ContainerRequestContext request) {
        if (request.getHeaderString("Authorization") == null || isMe(request)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> isUnconfirmed(identity)
                        ? Problem.of(Response.Status.FORBIDDEN, DETAIL).toResponse() : null);
    }

    /** What an unconfirmed account may still call: who am I, and send me the link again. */
    private static boolean isMe(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return "GET".equals(request.getMethod()) && "/api/me".equals(path)
                || "POST".equals(request.getMethod()) && "/api/accounts/confirmation".equals(path);
    }

    private static boolean isUnconfirmed(SecurityIdentity identity) {
        return identity != null && !identity.isAnonymous() && identity.hasRole(Roles.UNCONFIRMED);
    }
}
