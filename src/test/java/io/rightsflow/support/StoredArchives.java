package io.rightsflow.support;

import io.agroal.api.AgroalDataSource;

/** The export archives kept in the database: how many chunk rows an export request's archive has. */
public final class StoredArchives {

    private StoredArchives() {
    }

    public static long chunks(AgroalDataSource db, String requestId) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(
                "select count(*) from export_archive_chunk where request_id = ?")) {
            query.setString(1, requestId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
