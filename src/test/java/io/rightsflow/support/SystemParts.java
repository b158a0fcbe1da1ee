package io.rightsflow.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.agroal.api.AgroalDataSource;

/** What downstream systems returned for a request's copy and is kept until the copy holds it (system_call_data). */
public final class SystemParts {

    private SystemParts() {
    }

    public static long kept(AgroalDataSource db, String requestId) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement count = connection.prepareStatement(
                "select count(*) from system_call_data where call_id in (select id from system_call where request_id = ?)")) {
            count.setString(1, requestId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
