package io.rightsflow.desk;

import java.util.List;

import io.rightsflow.request.RequestType;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The customer-service desk: every user task of every process that needs an agent (rules: {@link DeskWork}). */
@Path("/api/desk/tasks")
@RolesAllowed(Roles.AGENT)
public class DeskResource {

    @Inject
    DeskWork desk;

    /** {@code reference}: the evidence's reference, for the tasks that ask for one (a system worked by hand). */
    public record Decision(String decision, String reason, String reference) {
    }

    /** Open tasks, oldest due first; {@code assignee} is {@code me}, {@code none} or a username. */
    @GET
    public List<DeskTaskView> list(@QueryParam("type") RequestType type, @QueryParam("overdue") Boolean overdue,
            @QueryParam("assignee") String assignee) {
        return desk.list(type, overdue, assignee);
    }

    @POST
    @Path("/{taskId}/claim")
    public DeskTaskView claim(@PathParam("taskId") String taskId) {
        return desk.claim(taskId);
    }

    @POST
    @Path("/{taskId}/unclaim")
    public DeskTaskView unclaim(@PathParam("taskId") String taskId) {
        return desk.unclaim(taskId);
    }

    @POST
    @Path("/{taskId}/complete")
    public void complete(@PathParam("taskId") String taskId, Decision body) {
        desk.complete(taskId, body == null ? null : body.decision(), body == null ? null : body.reason(),
                body == null ? null : body.reference());
    }
}
