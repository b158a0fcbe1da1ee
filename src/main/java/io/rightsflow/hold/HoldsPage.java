package io.rightsflow.hold;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.jboss.resteasy.reactive.RestForm;

/**
 * The compliance officer's page of legal holds: every hold, placing one and lifting one, through
 * {@link LegalHolds} as /api/holds: the same rules refuse the same things, beside the field
 * concerned, and change nothing.
 */
@Path("/holds")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class HoldsPage {

    /** The reasons a hold can give, in the order the form offers them. */
    static final Map<String, String> REASONS = reasons();

    @CheckedTemplate(basePath = "hold", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance manage(List<HoldRow> holds, LegalHolds.NewHold entered, Map<String, String> errors,
                Map<String, String> reasons, String done);
    }

    @Inject
    LegalHolds holds;

    @Inject
    Caller caller;

    @GET
    public Response show(@QueryParam("placed") boolean placed, @QueryParam("lifted") boolean lifted) {
        String done = placed ? "The hold is placed: an erasure of what it holds waits once its grace period is over."
                : lifted ? "The hold is lifted: an erasure it held goes on, unless another hold still stands." : null;
        return Pages.html(Templates.manage(rows(null, null), blank(), Map.of(), REASONS, done));
    }

    @POST
    public Response place(@RestForm String subjectType, @RestForm String subjectId, @RestForm String reason,
            @RestForm String note, @RestForm String until) {
        LegalHolds.NewHold entered = new LegalHolds.NewHold(subjectType, subjectId, reason, note, until);
        Map<String, String> errors = new LinkedHashMap<>();
        holds.problems(entered).forEach((field, problem) -> errors.put(field, sentence(problem)));
        if (errors.isEmpty()) {
            holds.place(entered, caller.actor());
            return Pages.seeOther("/holds?placed=true");
        }
        return Pages.html(Response.Status.BAD_REQUEST, Templates.manage(rows(null, null), entered, errors, REASONS, null));
    }

    @POST
    @Path("/{id}/lifting")
    public Response lift(@PathParam("id") String id, @RestForm String reason) {
        try {
            holds.lift(id, reason, caller.actor());
            return Pages.seeOther("/holds?lifted=true");
        } catch (ProblemException refused) {
            if (refused.problem().status() == Response.Status.NOT_FOUND.getStatusCode()) {
                throw refused;
            }
            // no reason given, or the hold ended meanwhile: the row says why; nothing changed
            return Pages.html(Response.Status.fromStatusCode(refused.problem().status()),
                    Templates.manage(rows(id, sentence(refused.getMessage())), blank(), Map.of(), REASONS, null));
        }
    }

    private List<HoldRow> rows(String refused, String problem) {
        return holds.list().stream().map(h -> HoldRow.of(h, h.id().equals(refused) ? problem : null)).toList();
    }

    private static LegalHolds.NewHold blank() {
        return new LegalHolds.NewHold(HoldSubject.PROFILE.name(), "", HoldReason.LEGAL_CLAIMS.name(), "", "");
    }

    private static Map<String, String> reasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (HoldReason reason : HoldReason.values()) {
            reasons.put(reason.name(), reason.label());
        }
        return reasons;
    }

    static String sentence(String problem) {
        String first = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
