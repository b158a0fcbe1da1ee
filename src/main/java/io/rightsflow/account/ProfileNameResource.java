package io.rightsflow.account;

import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** {@code PUT /api/profiles/{profileId}/name}: the account's holder renames one of its profiles, at once. */
@Path("/api/profiles/{profileId}/name")
public class ProfileNameResource {

    public record NewName(String name) {
    }

    public record Renamed(String profileId, String name) {
    }

    @Inject
    ProfileNames names;

    @PUT
    @RolesAllowed(Roles.SUBJECT)
    public Renamed rename(@PathParam("profileId") String profileId, NewName body) {
        if (body == null) {
            throw ProblemException.badRequest("send {name}").with("field", "name");
        }
        ProfileRef renamed = names.rename(profileId, body.name());
        return new Renamed(renamed.id(), renamed.name());
    }
}
