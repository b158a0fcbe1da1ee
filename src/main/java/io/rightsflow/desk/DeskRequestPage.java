package io.rightsflow.desk;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestRefusals;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
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
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A request at the desk: its facts and steps, its open tasks, and its deadline's extension (Art.
 * 12(3)) where {@link DeadlineExtension}'s rules allow one, as POST /api/requests/{id}/extension.
 */
@Path("/desk/requests/{requestId}")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class DeskRequestPage {

    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance request(DeskRequestFacts.Facts request, List<DeskPage.TaskRow> tasks,
                String whyNoExtension, ExtensionForm form, String notice, DeskRefusalForm.Refusal refusal);
    }

    /** The extension form: what was sent, and what to fix. */
    public record ExtensionForm(String months, String reason, String monthsError, String reasonError) {

        /** The longest reasons, for the field's maxlength. */
        public int maxReason() {
            return DeadlineExtension.MAX_REASON;
        }
    }

    @Inject
    Requests requests;

    @Inject
    DeadlineExtension extension;

    @Inject
    DeskRequestFacts facts;

    @Inject
    DeskWork desk;

    @Inject
    DeskRows rows;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    @Inject
    DeskRefusalForm refusalForm;

    @Inject
    RequestRefusals refusals;

    @GET
    public Response show(@PathParam("requestId") String requestId, @QueryParam("done") String done) {
        return page(Status.OK, requests.visible(requestId), new ExtensionForm(null, null, null, null), notice(done));
    }

    @POST
    @Path("/extension")
    public Response extend(@PathParam("requestId") String requestId, @RestForm String months,
            @RestForm String reason) {
        RequestRef request = requests.visible(requestId);
        int chosen = "1".equals(months) ? 1 : "2".equals(months) ? 2 : 0;
        try {
            extension.extend(request, chosen, reason, caller.actor());
        } catch (ProblemException refused) {
            if (refused.problem().status() != Status.BAD_REQUEST.getStatusCode()) {
                // the rules refuse it now (e.g. extended meanwhile): the page says why, from the request as it is
                return page(Status.CONFLICT, requests.visible(requestId), new ExtensionForm(months, reason, null, null),
                        null);
            }
            // every field at fault, so that both are said when both are wrong
            List<?> atFault = refused.extensions().get("fields") instanceof List<?> named ? named : List.of();
            return page(Status.BAD_REQUEST, request, new ExtensionForm(months, reason,
                    atFault.contains("months") ? "Choose one month or two months." : null,
                    atFault.contains("reason") ? "Write the reasons (at most " + DeadlineExtension.MAX_REASON
                            + " characters): the person is told them." : null),
                    null);
        }
        return Pages.seeOther("/desk/requests/" + requestId + "?done=extended");
    }

    /** Refuses the request with the reason kind and the reasons, as POST /api/requests/{id}/refusal. */
    @POST
    @Path("/refusal")
    public Response refuse(@PathParam("requestId") String requestId, @RestForm String reasonKind,
            @RestForm String reasons) {
        RequestRef request = requests.visible(requestId);
        try {
            refusals.refuse(requestId, reasonKind, reasons, caller.actor());
        } catch (ProblemException refused) {
            if (refused.problem().status() != Status.BAD_REQUEST.getStatusCode()) {
                // the request ended or moved past its point of no return meanwhile: the page says why
                return page(Status.CONFLICT, requests.visible(requestId), new ExtensionForm(null, null, null, null),
                        null, refusalForm.of(requests.visible(requestId), reasonKind, reasons, null, null));
            }
            boolean kindAtFault = "reasonKind".equals(refused.extensions().get("field"));
            return page(Status.BAD_REQUEST, request, new ExtensionForm(null, null, null, null), null,
                    refusalForm.of(request, reasonKind, reasons, kindAtFault ? "Choose why the request is refused." : null,
                            kindAtFault ? null : "Write the reasons (at most 2000 characters): the person is told them."));
        }
        return Pages.seeOther("/desk/requests/" + requestId + "?done=refused");
    }

    private Response page(Status status, RequestRef request, ExtensionForm form, String notice) {
        return page(status, request, form, notice, refusalForm.blank(request));
    }

    private Response page(Status status, RequestRef request, ExtensionForm form, String notice,
            DeskRefusalForm.Refusal refusal) {
        String whyNot = extension.whyNot(request);
        List<DeskPage.TaskRow> tasks = desk.ofRequest(request.id()).stream().map(t -> rows.row(t, null, false))
                .toList();
        return Pages.html(status, Templates.request(facts.of(request), tasks,
                whyNot == null ? null : DeskWords.sentence(whyNot), form, notice, refusal));
    }

    private static String notice(String done) {
        return switch (done == null ? "" : done) {
            case "extended" -> "The due date is extended, and the person is being told the new date and why.";
            case "filed" -> "The request is filed for the person: it runs like one they filed themselves.";
            case "refused" -> "The request is refused, and the person is being mailed your reasons and where to complain.";
            default -> null;
        };
    }
}
