package io.rightsflow.compliance;

import java.util.List;

import io.rightsflow.system.CsvCells;

/** The CSV files of the report and of the Art. 30 record, the same for the JSON API and the console. */
final class ComplianceCsv {

    static final String TYPE = "text/csv";

    private ComplianceCsv() {
    }

    static String report(List<Reports.Row> rows) {
        StringBuilder csv = new StringBuilder(
                "type,received,completed,completedOnTime,cancelled,overdueNow,medianDays,p95Days\r\n");
        for (Reports.Row row : rows) {
            csv.append(row.type()).append(',').append(row.received()).append(',').append(row.completed()).append(',')
                    .append(row.completedOnTime()).append(',').append(row.cancelled()).append(',')
                    .append(row.overdueNow()).append(',').append(orEmpty(row.medianDays())).append(',')
                    .append(orEmpty(row.p95Days())).append("\r\n");
        }
        return csv.toString();
    }

    /** The console's table: one line per month and type received in it (same columns as the API's, after the month). */
    static String months(List<MonthlyReport.Month> months) {
        StringBuilder csv = new StringBuilder(
                "month,type,received,completed,completedOnTime,cancelled,overdueNow,medianDays,p95Days\r\n");
        for (MonthlyReport.Month month : months) {
            for (Reports.Row row : month.rows()) {
                csv.append(month.key()).append(',').append(row.type()).append(',').append(row.received()).append(',')
                        .append(row.completed()).append(',').append(row.completedOnTime()).append(',')
                        .append(row.cancelled()).append(',').append(row.overdueNow()).append(',')
                        .append(orEmpty(row.medianDays())).append(',').append(orEmpty(row.p95Days())).append("\r\n");
            }
        }
        return csv.toString();
    }

    static String record(List<RecordOfProcessing.Activity> activities) {
        StringBuilder csv = new StringBuilder("category,name,dataSubjects,collectedBy,purposes,recipients,retention,legalBasis,keptIn\r\n");
        for (RecordOfProcessing.Activity a : activities) {
            csv.append(CsvCells.line(a.category(), a.name(), a.dataSubjects(), String.join("; ", a.collectedBy()),
                    String.join("; ", a.purposes()), String.join("; ", a.recipients()), a.retention(), a.legalBasis(),
                    String.join("; ", a.keptIn())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String orEmpty(Double value) {
        return value == null ? "" : value.toString();
    }
}
