package io.rightsflow.desk;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The desk's queue: every open task, oldest due first, the overdue and due-soon ones said so,
 * filtered by a plain GET form; claiming and giving back are the forms of {@link TaskPage}.
 */
@Path("/desk")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class DeskPage {

    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance queue(List<TaskRow> tasks, Filters filters, List<Choice> types, String back,
                String done);

        /** One row, alone: what htmx puts in place of the row after a claim or a give-back. */
        static native TemplateInstance queue$row(TaskRow t, String back);
    }

    /** The filters as the form shows them. */
    public record Filters(String type, String assignee, boolean overdue) {
    }

    /** An option of a select: its value, its words, whether chosen. */
    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * One task as the queue shows it; {@code message} says what a claim just did or why it did not
     * (e.g. taken by another agent).
     */
    public record TaskRow(String taskId, String type, String name, String about, String requestId, String dueOn,
            boolean overdue, boolean dueSoon, String assignee, boolean mine, boolean free, String message,
            boolean refused) {
    }

    @Inject
    DeskWork desk;

    @Inject
    DeskRows deskRows;

    @GET
    public Response show(@QueryParam("type") String type, @QueryParam("assignee") String assignee,
            @QueryParam("overdue") boolean overdue, @QueryParam("done") String done) {
        RequestType chosen = Arrays.stream(RequestType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElse(null);
        String whose = "me".equals(assignee) || "none".equals(assignee) ? assignee : null;
        List<TaskRow> rows = desk.list(chosen, overdue ? Boolean.TRUE : null, whose).stream()
                .map(t -> deskRows.row(t, null, false)).toList();
        List<Choice> types = Arrays.stream(RequestType.values())
                .map(t -> new Choice(t.name(), RequestWords.type(t), t == chosen)).toList();
        Filters filters = new Filters(chosen == null ? "" : chosen.name(), whose == null ? "" : whose, overdue);
        return Pages.html(Templates.queue(rows, filters, types, back(chosen, whose, overdue), doneWords(done)));
    }

    /** The queue's address with its filters, for the claim forms to come back to. */
    private static String back(RequestType type, String assignee, boolean overdue) {
        StringBuilder query = new StringBuilder();
        if (type != null) {
            query.append("&type=").append(type.name());
        }
        if (assignee != null) {
            query.append("&assignee=").append(assignee);
        }
        if (overdue) {
            query.append("&overdue=true");
        }
        return query.isEmpty() ? "/desk" : "/desk?" + query.substring(1);
    }

    private static String doneWords(String done) {
        return "decided".equals(done) ? "The decision is recorded and the task is closed." : null;
    }

    /** A row alone, for htmx. */
    static TemplateInstance rowAlone(TaskRow row, String back) {
        return Templates.queue$row(row, back);
    }
}
