package io.rightsflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * An empty PostgreSQL database of its own for a test that runs the packaged service, created
 * on the server of {@code -Drightsflow.postgresql.url} and dropped afterwards.
 */
public final class FreshDatabase implements AutoCloseable {

    private final String server;
    private final String user;
    private final String name;

    private FreshDatabase(String server, String user, String name) {
        this.server = server;
        this.user = user;
        this.name = name;
    }

    public static FreshDatabase create() throws SQLException {
        String url = System.getProperty("rightsflow.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/rightsflow_test");
        String server = url.substring(0, url.lastIndexOf('/') + 1);
        FreshDatabase database = new FreshDatabase(server, System.getProperty("rightsflow.postgresql.user", "postgres"),
                "rightsflow_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.admin("create database " + database.name);
        return database;
    }

    public String url() {
        return server + name;
    }

    public String user() {
        return user;
    }

    /** A new database holding a copy of this one, which nothing may be connected to meanwhile. */
    public FreshDatabase copy() throws SQLException {
        FreshDatabase copy = new FreshDatabase(server, user,
                "rightsflow_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        admin("create database " + copy.name + " template " + name);
        return copy;
    }

    /** The service's settings for this database. */
    public Map<String, String> config() {
        return Map.of("rightsflow.db.url", url(), "rightsflow.db.user", user, "rightsflow.db.password", "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, "");
    }

    public long count(String sql, Object... params) throws SQLException {
        try (Connection connection = connect()) {
            return count(connection, sql, params);
        }
    }

    /** On a connection already open: for many counts in a row (each new connection costs a server process). */
    public static long count(Connection connection, String sql, Object... params) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        admin("drop database if exists " + name + " with (force)");
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
