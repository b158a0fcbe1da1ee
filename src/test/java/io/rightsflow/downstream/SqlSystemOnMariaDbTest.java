package io.rightsflow.downstream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;

/** The support tool on MariaDB (127.0.0.1:3306, root without a password, as on the CI machines). */
@QuarkusTest
@Tag("database")
class SqlSystemOnMariaDbTest extends SqlSystemBehaviour {

    @Override
    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:3306/rightsflow_downstream";
    }

    @Override
    String user() {
        return "root";
    }

    @Override
    String profileIdType() {
        return "varchar(36)";
    }

    @Override
    String profileId() {
        return ":profileId";
    }

    @Override
    String unreachableJdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:1/rightsflow_downstream";
    }

    @Override
    void createDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", user(), null)) {
            server.createStatement().execute("create database if not exists rightsflow_downstream");
        }
    }
}
