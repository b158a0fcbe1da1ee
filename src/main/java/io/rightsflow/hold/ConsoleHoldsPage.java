package io.rightsflow.hold;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Legal holds for auditors, read-only: every hold, in force and past, as GET /api/holds lists them. */
@Path("/console/holds")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.TEXT_HTML)
public class ConsoleHoldsPage {

    @CheckedTemplate(basePath = "hold", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance holds(List<HoldRow> holds);
    }

    @Inject
    LegalHolds holds;

    @GET
    public Response show() {
        return Pages.html(Templates.holds(holds.list().stream().map(h -> HoldRow.of(h, null)).toList()));
    }
}
