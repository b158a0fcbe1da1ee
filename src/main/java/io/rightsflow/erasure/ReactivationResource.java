package io.rightsflow.erasure;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.RequestRef;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
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
    Profiles profiles;

    @Inject
    Reactivation reactivation;

    @Inject
    Caller caller;

    public record Reactivated(String profileId, String requestId) {
    }

    @POST
    public Reactivated reactivate(@PathParam("profileId") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        RequestRef pending = reactivation.pendingFor(profile.id());
        if (pending == null) {
            throw ProblemException.conflict("profile " + profileId + " has no deletion pending: nothing to reactivate");
        }
        reactivation.reactivate(pending.id(), caller.actor());
        return new Reactivated(profile.id(), pending.id());
    }
}
