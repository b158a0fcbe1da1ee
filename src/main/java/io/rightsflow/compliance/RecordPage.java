package io.rightsflow.compliance;

import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The record of processing activities (GDPR Art. 30) of GET /api/audit/record-of-processing, and its CSV. */
@Path("/console/record")
@RolesAllowed(Roles.AUDITOR)
public class RecordPage {

    @CheckedTemplate(basePath = "compliance", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance record(List<RecordOfProcessing.Activity> activities, List<SystemLine> systems,
                List<RecordOfProcessing.PurposeBasis> purposes);
    }

    /** A system of the registry in the page's words. */
    public record SystemLine(String id, String name, String kind, String categories, String requests) {
    }

    @Inject
    RecordOfProcessing record;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response show() {
        return Pages.html(Templates.record(record.activities(), record.systems().stream()
                .map(s -> new SystemLine(s.id(), s.name(), s.kind().toLowerCase(Locale.ROOT), String.join(", ", s.categories()),
                        String.join(", ", s.requests().stream().map(t -> RequestWords.type(RequestType.valueOf(t))).toList())))
                .toList(), record.purposes()));
    }

    @GET
    @Path("/download")
    @Transactional
    public Response csv() {
        return Response.ok(ComplianceCsv.record(record.activities()), ComplianceCsv.TYPE + ";charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"record-of-processing.csv\"").build();
    }
}
