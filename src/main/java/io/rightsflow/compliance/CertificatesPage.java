package io.rightsflow.compliance;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Erasure certificates, found by the erased request's id or by the id of the profile or account
 * (which the certificates keep only as a keyed hash), each shown and downloadable as the JSON that
 * GET /api/audit/erasures/{requestId} gives.
 */
@Path("/console/certificates")
@RolesAllowed(Roles.AUDITOR)
public class CertificatesPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_ID = 200;

    /** A call's status in the certificate's words. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "PENDING", "Not done yet: being asked",
            "WAITING", "Not done yet: the system took it and will answer",
            "AT_DESK", "Not done yet: on the desk",
            "FAILED", "Not done yet: the system failed; on the desk",
            "COMPLETED", "Done by the system",
            "DONE_BY_HAND", "Done by hand",
            "GIVEN_UP", "Given up at the desk",
            "CANCELLED", "Not asked further: the request ended first");

    @CheckedTemplate(basePath = "compliance", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance certificates(String request, String subject, String searched,
                List<Shown> found, String error);
    }

    /** A certificate in the page's words. */
    public record Shown(String requestId, String requestHref, String scope, String deleted, String partners,
            String requestedAt, String completedAt, String subjectHash, String download, List<SystemLine> systems) {
    }

    /** A downstream system the erasure reached: its outcome, when, how many rows, and the evidence of work done by hand. */
    public record SystemLine(String name, String kind, String outcome, String at, String count, String evidence) {
    }

    @Inject
    ErasureCertificates certificates;

    @Inject
    ObjectMapper json;

    @Inject
    Pages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response show(@QueryParam("request") String request, @QueryParam("subject") String subject) {
        String requestId = stripped(request);
        String subjectId = stripped(subject);
        if (requestId.length() > MAX_ID || subjectId.length() > MAX_ID) {
            return Pages.html(Response.Status.BAD_REQUEST, Templates.certificates("", "", null, List.of(),
                    "An id is at most " + MAX_ID + " characters: paste the request's, profile's or account's id alone"));
        }
        if (!requestId.isEmpty()) {
            ErasureCertificate certificate = certificates.ofRequest(requestId);
            return Pages.html(Templates.certificates(requestId, subjectId, "request " + requestId,
                    certificate == null ? List.of() : List.of(shown(certificate)), null));
        }
        if (!subjectId.isEmpty()) {
            return Pages.html(Templates.certificates(requestId, subjectId, "profile or account " + subjectId,
                    certificates.of(subjectId).stream().map(CertificatesPage::shown).toList(), null));
        }
        return Pages.html(Templates.certificates("", "", null, List.of(), null));
    }

    /** The certificate exactly as the API gives it, as a file. */
    @GET
    @Path("/{requestId}/download")
    @Transactional
    public Response download(@PathParam("requestId") String requestId) throws JsonProcessingException {
        ErasureCertificate certificate = certificates.ofRequest(requestId);
        if (certificate == null) {
            return pages.refusal(Response.Status.NOT_FOUND, "There is no erasure certificate of this request. "
                    + "Look it up by request or by profile or account id on the page Erasure certificates.");
        }
        return Response.ok(json.writeValueAsString(certificate), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"erasure-certificate-" + certificate.requestId + ".json\"")
                .build();
    }

    private static Shown shown(ErasureCertificate certificate) {
        return new Shown(certificate.requestId, "/console/requests/" + certificate.requestId,
                "ACCOUNT".equals(certificate.scope) ? "An account and all its profiles" : "A profile",
                certificate.deleted, certificate.partners == null ? "none" : certificate.partners,
                certificate.requestedAt == null ? "" : TIME.format(certificate.requestedAt),
                certificate.completedAt == null ? "" : TIME.format(certificate.completedAt), certificate.subjectHash,
                "/console/certificates/" + certificate.requestId + "/download",
                certificate.systems == null ? List.of() : certificate.systems.stream().map(CertificatesPage::line).toList());
    }

    static SystemLine line(SystemRecords.Outcome call) {
        return new SystemLine(call.name(), call.kind().toLowerCase(Locale.ROOT), OUTCOMES.getOrDefault(call.status(),
                call.status()), call.answeredAt() != null ? TIME.format(call.answeredAt())
                        : call.askedAt() != null ? "asked " + TIME.format(call.askedAt()) : "not asked yet",
                call.count() == null ? "" : call.count().toString(),
                call.evidenceReference() == null ? "" : call.evidenceReference() + " (" + call.decidedBy() + ")");
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
