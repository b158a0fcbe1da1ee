package io.rightsflow.hold;

import java.net.URI;
import java.util.List;

import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Legal holds: a compliance officer places and lifts them; auditors read them too. */
@Path("/api/holds")
public class HoldResource {

    @Inject
    LegalHolds holds;

    @Inject
    Caller caller;

    /** The reason a hold is lifted (kept with the hold for staff, not in the audit trail). */
    public record Lifting(String reason) {
    }

    @POST
    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    public Response place(LegalHolds.NewHold body) {
        if (body == null) {
            throw ProblemException.badRequest("a hold needs subjectType, subjectId and reason");
        }
        HoldView hold = holds.place(body, caller.actor());
        return Response.created(URI.create("/api/holds/" + hold.id())).entity(hold).build();
    }

    @POST
    @Path("{id}/lifting")
    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    public HoldView lift(@PathParam("id") String id, Lifting body) {
        return holds.lift(id, body == null ? null : body.reason(), caller.actor());
    }

    @GET
    @RolesAllowed({ Roles.COMPLIANCE_OFFICER, Roles.AUDITOR })
    public List<HoldView> list() {
        return holds.list();
    }
}
