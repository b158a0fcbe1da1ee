package io.rightsflow.compliance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A request as an auditor reads it (read-only: no form): its facts, its processes drawn on their
 * BPMN diagrams as they ran, where it waits and when its timers are due, its open incidents, its
 * timeline, and the evidence bundle to download. The same services as /api/audit.
 */
@Path("/console/requests/{requestId}")
@RolesAllowed(Roles.AUDITOR)
public class RequestPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate(basePath = "compliance", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance request(Facts request, List<ProcessDiagrams.ProcessDiagram> diagrams,
                List<Line> timeline, String evidence, List<CertificatesPage.SystemLine> systems);
    }

    /** What the page says of the request, in words and times an auditor reads. */
    public record Facts(String id, String type, String typeWords, String status, String statusWords, String channel,
            String filedBy, String ticket, String identityCheck, String received, String due, String extension,
            String closed, String deadline, boolean overdue) {
    }

    public record Line(String at, String kind, String actor, String detail) {
    }

    @Inject
    Timelines timelines;

    @Inject
    Requests requests;

    @Inject
    ProcessDiagrams diagrams;

    @Inject
    EvidenceBundles evidence;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public Response show(@PathParam("requestId") String requestId) {
        Timelines.Timeline timeline = timelines.of(requestId);
        RequestRef request = requests.find(requestId);
        List<Line> lines = timeline.events().stream()
                .map(e -> new Line(time(e.at()), words(e.kind()), e.actor(), e.detail())).toList();
        return Pages.html(Templates.request(facts(timeline), diagrams.ofRequest(request.processInstanceId(), "el-"), lines,
                "/console/requests/" + request.id() + "/evidence",
                timeline.systems().stream().map(CertificatesPage::line).toList()));
    }

    /** The evidence bundle: the parts are read first, then the ZIP streams. */
    @GET
    @Path("/evidence")
    @Produces("application/zip")
    public Response evidence(@PathParam("requestId") String requestId) {
        Map<String, byte[]> parts = evidence.parts(requestId);
        StreamingOutput zip = out -> EvidenceBundles.write(parts, out);
        return Response.ok(zip, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + EvidenceBundles.fileName(requestId) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A time as the page and the diagram's neighbours write it, e.g. 1 Dec 2026 05:40:12 UTC. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static Facts facts(Timelines.Timeline timeline) {
        Timelines.Summary s = timeline.request();
        Timelines.Deadline d = timeline.deadline();
        String extension = d.extendedMonths() == null ? "none"
                : d.extendedMonths() + (d.extendedMonths() == 1 ? " month" : " months")
                        + (d.extensionReason() == null ? "" : ": " + d.extensionReason());
        String deadline = d.met() == null ? "open, not yet due" : d.met() ? "met" : d.overdue() ? "missed, still open" : "missed";
        return new Facts(s.id(), s.type(), RequestWords.type(RequestType.valueOf(s.type())), s.status(),
                RequestWords.status(RequestStatus.valueOf(s.status())), words(s.channel()), s.filedBy(), s.ticket(),
                s.identityCheck() == null ? null : words(s.identityCheck()) + (s.identityNote() == null ? "" : ": " + s.identityNote()),
                time(s.receivedAt()), time(d.dueAt()), extension, s.completedAt() == null ? "not yet" : time(s.completedAt()),
                deadline, d.overdue());
    }

    /** A code such as STEP_STARTED as words: "Step started". */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
