package io.rightsflow.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.RequestWords;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The report per request type and per month (received, completed, on time, overdue now, median
 * days), as a table and an SVG chart, for a period chosen with a GET form, and the API's CSV of
 * the same period. Figures come from {@link Reports}, the service of GET /api/audit/report.
 */
@Path("/console/report")
@RolesAllowed(Roles.AUDITOR)
public class ReportPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @CheckedTemplate(basePath = "compliance", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance report(String from, String to, Map<String, String> errors,
                List<MonthLines> months, ReportChart chart, String csv, String monthsCsv, String period);
    }

    /** A month of the table: its rows per type, in words. */
    public record MonthLines(MonthlyReport.Month month, List<TypeLine> types) {
    }

    public record TypeLine(String type, long received, long completed, long onTime, long overdue, String median) {
    }

    @Inject
    MonthlyReport report;

    @Inject
    Clock clock;

    @Inject
    Pages pages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = period(from, to, errors);
        String shownFrom = from == null || from.isBlank() ? period.from.toString() : from.strip();
        String shownTo = to == null || to.isBlank() ? period.to.toString() : to.strip();
        if (!errors.isEmpty()) {
            return Pages.html(Response.Status.BAD_REQUEST,
                    Templates.report(shownFrom, shownTo, errors, List.of(), null, null, null, null));
        }
        List<MonthlyReport.Month> months = report.between(period.from, period.to);
        String words = "from " + DAY.format(period.from) + " to " + DAY.format(period.to) + " (UTC)";
        List<MonthLines> lines = months.stream().map(m -> new MonthLines(m, m.rows().stream()
                .map(r -> new TypeLine(RequestWords.type(r.type()), r.received(), r.completed(), r.completedOnTime(),
                        r.overdueNow(), r.medianDays() == null ? "–" : r.medianDays().toString()))
                .toList())).toList();
        return Pages.html(Templates.report(shownFrom, shownTo, Map.of(), lines, ReportChart.of(months, words),
                "/console/report/download?from=" + period.from + "&to=" + period.to,
                "/console/report/months?from=" + period.from + "&to=" + period.to, words));
    }

    /** The CSV of GET /api/audit/report (Accept: text/csv) for the same period, to download. */
    @GET
    @Path("/download")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = period(from, to, errors);
        if (!errors.isEmpty()) {
            return pages.refusal(Response.Status.BAD_REQUEST, String.join(". ", errors.values()) + ".");
        }
        String csv = ComplianceCsv.report(report.whole(ConsoleDays.start(period.from), ConsoleDays.after(period.to)));
        return Response.ok(csv, ComplianceCsv.TYPE + ";charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"rightsflow-report-" + period.from + "-to-" + period.to + ".csv\"").build();
    }

    /** The table of the page, month by month and type, as CSV. */
    @GET
    @Path("/months")
    public Response monthsCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, String> errors = new LinkedHashMap<>();
        Period period = period(from, to, errors);
        if (!errors.isEmpty()) {
            return pages.refusal(Response.Status.BAD_REQUEST, String.join(". ", errors.values()) + ".");
        }
        return Response.ok(ComplianceCsv.months(report.between(period.from, period.to)), ComplianceCsv.TYPE
                + ";charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rightsflow-report-"
                        + period.from + "-to-" + period.to + "-per-month.csv\"").build();
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** Default: the last twelve months, this one included. */
    private Period period(String fromText, String toText, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate to = day(toText, "to", "To", errors);
        if (to == null) {
            to = today;
        }
        LocalDate from = day(fromText, "from", "From", errors);
        if (from == null) {
            from = to.withDayOfMonth(1).minusMonths(11);
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.put("to", "To must be on or after the day the period starts (" + from + ")");
        } else if (errors.isEmpty() && MonthlyReport.months(from, to) > MonthlyReport.MAX_MONTHS) {
            errors.put("to", "Choose a period of at most " + MonthlyReport.MAX_MONTHS + " months (this one covers "
                    + MonthlyReport.months(from, to) + ")");
        }
        return new Period(from, to);
    }

    private static LocalDate day(String text, String field, String label, Map<String, String> errors) {
        try {
            return ConsoleDays.parse(text);
        } catch (IllegalArgumentException e) {
            errors.put(field, label + " must be " + ConsoleDays.HINT);
            return null;
        }
    }
}
