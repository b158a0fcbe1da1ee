package io.rightsflow.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.rightsflow.audit.AuditChain;
import io.rightsflow.audit.ChainHead;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** What compliance auditors read (role auditor, read-only): timelines, reports, the chain's check. */
@Path("/api/audit")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    static final String CSV = "text/csv";

    @Inject
    Timelines timelines;

    @Inject
    Reports reports;

    @Inject
    AuditChain chain;

    @Inject
    ErasureCertificates certificates;

    @Inject
    RecordOfProcessing record;

    @Inject
    Clock clock;

    @GET
    @Path("/requests/{id}")
    @Transactional
    public Timelines.Timeline timeline(@PathParam("id") String id) {
        return timelines.of(id);
    }

    @GET
    @Path("/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public List<Reports.Row> report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.between(start(from), end(to));
    }

    @GET
    @Path("/report")
    @Produces(CSV)
    @Transactional
    public String reportCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ComplianceCsv.report(report(from, to));
    }

    /** Was this profile or account erased? Whoever holds its id can ask; the certificates keep only a keyed hash. */
    @GET
    @Path("/erasures")
    @Transactional
    public List<ErasureCertificate> erasures(@QueryParam("subjectId") String subjectId) {
        if (subjectId == null || subjectId.isBlank()) {
            throw ProblemException.badRequest("subjectId is required: the id of the profile or account in question");
        }
        return certificates.of(subjectId.strip());
    }

    @GET
    @Path("/erasures/{requestId}")
    @Transactional
    public ErasureCertificate erasure(@PathParam("requestId") String requestId) {
        ErasureCertificate certificate = certificates.ofRequest(requestId);
        if (certificate == null) {
            throw ProblemException.notFound("erasure certificate of request " + requestId);
        }
        return certificate;
    }

    /** GDPR Art. 30, from the catalogue: JSON, or CSV with {@code Accept: text/csv}. */
    @GET
    @Path("/record-of-processing")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public List<RecordOfProcessing.Activity> recordOfProcessing() {
        return record.activities();
    }

    @GET
    @Path("/record-of-processing")
    @Produces(CSV)
    @Transactional
    public String recordOfProcessingCsv() {
        return ComplianceCsv.record(record.activities());
    }

    /** {@code head}: a head noted or published earlier ({@code <number>:<hash>}); the chain must still reach it. */
    @GET
    @Path("/verify")
    public AuditChain.Verification verify(@QueryParam("head") String head) {
        if (head == null || head.isBlank()) {
            return chain.verify(null);
        }
        return chain.verify(ChainHead.parse(head).orElseThrow(() -> ProblemException.badRequest("head must be written "
                + ChainHead.FORMAT + ": the number and the 64 hex digits of the hash of a head that this call "
                + "reported, such as 1024:" + "5e".repeat(32))));
    }

    /** {@code from}: a day (UTC) or an instant; the period starts there. Default: the beginning. */
    private static Instant start(String from) {
        return from == null || from.isBlank() ? Instant.EPOCH : instant(from, "from", false);
    }

    /** {@code to}: a day (UTC, included whole) or an instant. Default: now. */
    private Instant end(String to) {
        return to == null || to.isBlank() ? Instant.now(clock) : instant(to, "to", true);
    }

    private static Instant instant(String text, String name, boolean wholeDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (wholeDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a day such as 2026-11-01 or an instant such as "
                    + "2026-11-01T00:00:00Z");
        }
    }
}
