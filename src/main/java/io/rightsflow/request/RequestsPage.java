package io.rightsflow.request;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * "My requests": every request of the signed-in person, with its type, status, due date and steps
 * in plain words, and Cancel where the request's process allows it (the rule of DELETE /api/requests/{id}).
 */
@Path("/requests")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class RequestsPage {

    @CheckedTemplate(basePath = "request", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance requests(List<Row> requests, boolean cancelled);

        static native TemplateInstance cancellation(Row request);
    }

    /** One request as the page shows it. */
    public record Row(String id, String type, String status, String receivedOn, String dueOn, String completedOn,
            boolean overdue, String notice, List<StepLine> steps, boolean cancellable) {
    }

    /** One step of its process: what, and whether it is done. */
    public record StepLine(String name, boolean done, String date) {
    }

    @Inject
    Pages pages;

    @Inject
    RequestViews views;

    @Inject
    Requests requests;

    @GET
    public Response show(@QueryParam("cancelled") boolean cancelled) {
        List<Row> rows = views.list(null, null, null, true).stream().map(this::row).toList();
        return Pages.html(Templates.requests(rows, cancelled));
    }

    /** Asks before cancelling; a request that cannot be cancelled says so and changes nothing. */
    @GET
    @Path("/{id}/cancellation")
    public Response confirm(@PathParam("id") String id) {
        Row row = row(views.get(id));
        if (!row.cancellable()) {
            return pages.refusal(Response.Status.CONFLICT, "This request cannot be cancelled now: its process is past "
                    + "the point where a cancellation is possible, or it never allows one. Nothing was changed. "
                    + "My requests shows where it stands.");
        }
        return Pages.html(Templates.cancellation(row));
    }

    @POST
    @Path("/{id}/cancellation")
    public Response cancel(@PathParam("id") String id) {
        requests.cancel(id);
        return Pages.seeOther("/requests?cancelled=true");
    }

    private Row row(RequestView view) {
        RequestRef ref = requests.visible(view.id());
        List<StepLine> steps = view.steps() == null ? List.of() : view.steps().stream()
                .map(s -> new StepLine(s.name(), s.endedAt() != null,
                        RequestWords.date(s.endedAt() != null ? s.endedAt() : s.startedAt())))
                .toList();
        return new Row(view.id(), RequestWords.type(view.type()), RequestWords.status(view.status()),
                RequestWords.date(view.receivedAt()), RequestWords.date(view.dueAt()),
                RequestWords.date(view.completedAt()), view.overdue(), view.notice(), steps,
                requests.cancellable(ref));
    }
}
