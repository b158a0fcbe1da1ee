package io.rightsflow.downstream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;

/**
 * The support tool on PostgreSQL (127.0.0.1:5432, user postgres), in a database of its own beside
 * the suite's: its profile ids are of type uuid, which a text parameter reaches through a cast.
 */
@QuarkusTest
@Tag("database")
class SqlSystemOnPostgresqlTest extends SqlSystemBehaviour {

    @Override
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:5432/rightsflow_downstream";
    }

    @Override
    String user() {
        return "postgres";
    }

    @Override
    String profileIdType() {
        return "uuid";
    }

    @Override
    String profileId() {
        return ":profileId::uuid";
    }

    @Override
    String unreachableJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:1/rightsflow_downstream";
    }

    @Override
    void createDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", user(), null)) {
            if (!server.createStatement().executeQuery("select 1 from pg_database where datname = 'rightsflow_downstream'").next()) {
                server.createStatement().execute("create database rightsflow_downstream");
            }
        }
    }
}
