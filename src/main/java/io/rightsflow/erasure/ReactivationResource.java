package io.rightsflow.erasure;

import io.rightsflow.request.RequestRef;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Reactivation from the account screen. */
@Path("/api/profiles/{profileId}/reactivation")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
class ReactivationResource {

    @Inject
    Reactivation reactivation;

    @Inject
    Caller caller;

    public record Reactivated(String profileId, String requestId) {
    }

    @POST
    public Reactivated reactivate(@PathParam("profileId") String profileId) {
        RequestRef ended = reactivation.ofProfile(profileId, caller.actor());
        return new Reactivated(ended.profileId(), ended.id());
    }
}
