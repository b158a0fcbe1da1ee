package io.rightsflow.staff;

import java.net.URI;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("/api/staff")
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    @Inject
    StaffAccounts staff;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    public record NewStaff(@NotNull String username, @NotNull String password, @NotNull String role) {
    }

    public record Created(String username, String role) {
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull NewStaff body) {
        StaffUser user = staff.create(body.username(), body.password(), body.role());
        audit.record("STAFF_CREATED", caller.actor(), null, null, "username=" + user.username + " role=" + user.role);
        return Response.created(URI.create("/api/staff/" + user.username))
                .entity(new Created(user.username, user.role)).build();
    }
}
