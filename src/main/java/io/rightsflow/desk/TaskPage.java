package io.rightsflow.desk;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A desk task: its request, what the subject asked, the steps so far, and the decision form of its
 * kind. Claim, give back and decide go through {@link DeskWork}, as /api/desk/tasks does.
 */
@Path("/desk/tasks/{taskId}")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class TaskPage {

    static final String HTMX = "HX-Request";

    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance task(DeskPage.TaskRow task, DeskRequestFacts.Facts request,
                List<DeskTask.Asked> asked, Form form, String message);
    }

    /** The decision form: its choices, the reason's label, what was sent and what to fix. */
    public record Form(List<DeskPage.Choice> decisions, String reasonLabel, String reason, String decisionError,
            String reasonError, boolean takesReference, String reference, String referenceError) {
    }

    @Inject
    DeskWork desk;

    @Inject
    DeskRows queue;

    @Inject
    DeskRequestFacts facts;

    @Inject
    Requests requests;

    @Inject
    Pages pages;

    @GET
    public Response show(@PathParam("taskId") String taskId) {
        return page(Status.OK, desk.get(taskId), null, null, null, null, null, null, null);
    }

    @POST
    @Path("/claim")
    public Response claim(@PathParam("taskId") String taskId, @RestForm String back,
            @HeaderParam(HTMX) String htmx) {
        try {
            DeskTaskView claimed = desk.claim(taskId);
            return answer(claimed, "Claimed by you: nobody else can decide it now.", false, back, htmx, taskId);
        } catch (ProblemException refused) {
            return refused(refused, taskId, back, htmx);
        }
    }

    @POST
    @Path("/unclaim")
    public Response unclaim(@PathParam("taskId") String taskId, @RestForm String back,
            @HeaderParam(HTMX) String htmx) {
        try {
            DeskTaskView given = desk.unclaim(taskId);
            return answer(given, "Given back: any agent can claim it now.", false, back, htmx, taskId);
        } catch (ProblemException refused) {
            return refused(refused, taskId, back, htmx);
        }
    }

    @POST
    @Path("/decision")
    public Response decide(@PathParam("taskId") String taskId, @RestForm String decision, @RestForm String reason,
            @RestForm String reference) {
        try {
            desk.complete(taskId, blankToNull(decision), reason, reference);
        } catch (ProblemException refused) {
            if (refused.problem().status() != Status.BAD_REQUEST.getStatusCode()) {
                return pages.refusal(Status.fromStatusCode(refused.problem().status()),
                        DeskWords.sentence(refused.getMessage()) + " Nothing was changed.");
            }
            DeskTaskView task = desk.get(taskId);
            Object field = refused.extensions().get("field");
            boolean reasonAtFault = "reason".equals(field);
            boolean referenceAtFault = "reference".equals(field);
            String reasonError = !reasonAtFault ? null
                    : reason != null && reason.strip().length() > DeskWork.MAX_REASON
                            ? "Shorten the reason to at most " + DeskWork.MAX_REASON + " characters."
                            : DeskWords.missingReason(decision);
            String referenceError = !referenceAtFault ? null
                    : reference != null && reference.strip().length() > DeskWork.MAX_REFERENCE
                            ? "Shorten the reference to at most " + DeskWork.MAX_REFERENCE + " characters."
                            : "Write the reference of the evidence, e.g. the other team's ticket.";
            return page(Status.BAD_REQUEST, task, null, blankToNull(decision), reason, reference,
                    reasonAtFault || referenceAtFault ? null : "Choose one of the decisions.", reasonError, referenceError);
        }
        return Pages.seeOther("/desk?done=decided");
    }

    /** After a claim or give-back: the row alone for htmx, else back to where the form was. */
    private Response answer(DeskTaskView task, String message, boolean refused, String back, String htmx,
            String taskId) {
        if (htmx != null) {
            return Pages.html(DeskPage.rowAlone(queue.row(task, message, refused), safeBack(back)));
        }
        String to = safeBack(back);
        return Pages.seeOther(to.equals("/desk") || to.startsWith("/desk?") ? to : "/desk/tasks/" + taskId);
    }

    /** Taken by another agent (or gone): nothing changed, and the page says who has it. */
    private Response refused(ProblemException refused, String taskId, String back, String htmx) {
        if (refused.problem().status() != Status.CONFLICT.getStatusCode()) {
            throw refused;
        }
        DeskTaskView task;
        try {
            task = desk.get(taskId);
        } catch (ProblemException gone) {
            return pages.refusal(Status.CONFLICT, "This task is no longer open: it was decided, or its process moved "
                    + "on. Nothing was changed.");
        }
        String message = task.assignee() == null ? DeskWords.sentence(refused.getMessage()) + " Nothing was changed."
                : "Taken: " + task.assignee() + " has claimed this task. Nothing was changed.";
        if (htmx != null) {
            // htmx swaps only a 2xx answer: the row comes back as it is now, with why
            return Pages.html(DeskPage.rowAlone(queue.row(task, message, true), safeBack(back)));
        }
        return page(Status.CONFLICT, task, message, null, null, null, null, null, null);
    }

    private Response page(Status status, DeskTaskView task, String message, String decision, String reason,
            String reference, String decisionError, String reasonError, String referenceError) {
        List<DeskPage.Choice> choices = task.decisions().stream()
                .map(d -> new DeskPage.Choice(d, DeskWords.decision(d), d.equals(decision))).toList();
        Form form = new Form(choices, DeskWords.reasonLabel(task.taskKey()), reason, decisionError, reasonError,
                desk.takesReference(task.taskKey()), reference, referenceError);
        return Pages.html(status, Templates.task(queue.row(task, null, false),
                facts.of(requests.find(task.requestId())), desk.asked(task), form, message));
    }

    /** Only a page of the desk: a form never sends anyone elsewhere. */
    static String safeBack(String back) {
        return back != null && (back.equals("/desk") || back.startsWith("/desk?") || back.startsWith("/desk/"))
                && !back.contains("//") && !back.contains("\\") ? back : "/desk";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
