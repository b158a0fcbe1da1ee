package io.rightsflow.staff;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("/api/staff")
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    @Inject
    StaffAccounts staff;

    @Inject
    StaffAdministration administration;

    public record NewStaff(@NotNull String username, @NotNull String password, @NotNull String role) {
    }

    public record Created(String username, String role) {
    }

    public record Member(String username, String role, boolean enabled, Instant createdAt) {
        static Member of(StaffUser user) {
            return new Member(user.username, user.role, user.enabled, user.createdAt);
        }
    }

    public record NewPassword(@NotNull String password) {
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull NewStaff body) {
        StaffUser user = administration.create(body.username(), body.password(), body.role());
        return Response.created(URI.create("/api/staff/" + user.username))
                .entity(new Created(user.username, user.role)).build();
    }

    @GET
    public List<Member> list() {
        return staff.list().stream().map(Member::of).toList();
    }

    /** The user's next call fails, even one a second after a successful login. */
    @POST
    @Path("{username}/disable")
    @Transactional
    public Member disable(@PathParam("username") String username) {
        return Member.of(administration.disable(username));
    }

    @POST
    @Path("{username}/enable")
    @Transactional
    public Member enable(@PathParam("username") String username) {
        return Member.of(administration.enable(username));
    }

    /** The old password stops working on the very next call. */
    @PUT
    @Path("{username}/password")
    @Transactional
    public Response resetPassword(@PathParam("username") String username, @Valid @NotNull NewPassword body) {
        administration.resetPassword(username, body.password());
        return Response.noContent().build();
    }
}
