package io.rightsflow.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The report of GET /api/audit/report, month by month: for each calendar month of a period (cut
 * to the period at its ends), the figures of each request type received in it, and their sums.
 */
@ApplicationScoped
class MonthlyReport {

    /** A longer period is refused: each month is one read of its requests. */
    static final int MAX_MONTHS = 36;

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    @Inject
    Reports reports;

    /** {@code rows}: only the types received in the month; the sums count every type. */
    public record Month(String key, String label, String shortLabel, List<Reports.Row> rows, long received,
            long completed, long onTime, long overdue) {
    }

    static long months(LocalDate from, LocalDate to) {
        return YearMonth.from(from).until(YearMonth.from(to), java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** {@code to} is included whole. */
    @Transactional
    public List<Month> between(LocalDate from, LocalDate to) {
        List<Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            months.add(month(month, reports.between(ConsoleDays.start(first), ConsoleDays.after(last))));
        }
        return months;
    }

    /** The API's figures of the whole period, one row per type (what the CSV holds). */
    @Transactional
    public List<Reports.Row> whole(Instant from, Instant before) {
        return reports.between(from, before);
    }

    private static Month month(YearMonth month, List<Reports.Row> rows) {
        return new Month(month.toString(), LABEL.format(month), SHORT.format(month),
                rows.stream().filter(r -> r.received() > 0).toList(),
                rows.stream().mapToLong(Reports.Row::received).sum(),
                rows.stream().mapToLong(Reports.Row::completed).sum(),
                rows.stream().mapToLong(Reports.Row::completedOnTime).sum(),
                rows.stream().mapToLong(Reports.Row::overdueNow).sum());
    }
}
