package io.rightsflow.support;

import java.util.List;
import java.util.Locale;

import io.agroal.api.AgroalDataSource;

/** Scans the application's tables for what an erasure must have left nowhere. */
public final class Rows {

    /**
     * The request record, the audit trail, the legal holds and the erasures' pass of their hold check
     * keep the fact of an erasure, by opaque ids only.
     */
    public static final List<String> RECORD_TABLES = List.of("DATA_REQUEST", "AUDIT_EVENT", "LEGAL_HOLD",
            "ERASURE_PAST_HOLDS");

    private Rows() {
    }

    /** Every row of every application table (not the engine's, not the records) that holds this value in any text column. */
    public static long mentioning(AgroalDataSource db, String value) throws Exception {
        long rows = 0;
        try (var connection = db.getConnection();
                var columns = connection.createStatement().executeQuery(
                        // portable across H2 (upper-case names) and PostgreSQL (lower-case)
                        "select table_name, column_name from information_schema.columns "
                                + "where lower(table_schema) = 'public' and lower(data_type) like '%char%' "
                                + "and lower(table_name) not like 'act\\_%' escape '\\' "
                                + "and lower(table_name) <> 'flyway_schema_history'")) {
            int scanned = 0;
            while (columns.next()) {
                String table = columns.getString(1);
                if (RECORD_TABLES.contains(table.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                scanned++;
                try (var statement = connection.prepareStatement(
                        "select count(*) from " + table + " where " + columns.getString(2) + " = ?")) {
                    statement.setString(1, value);
                    try (var count = statement.executeQuery()) {
                        count.next();
                        rows += count.getLong(1);
                    }
                }
            }
            if (scanned < 20) {
                throw new AssertionError("the scan found only " + scanned + " text columns: it would prove nothing");
            }
        }
        return rows;
    }
}
