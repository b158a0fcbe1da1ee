package io.rightsflow.downstream;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * An sql system: its configured statements run over JDBC in one transaction of its database, once
 * per profile the request is about. What goes wrong is told by the system's id, the step and the
 * SQLState only: a driver's message may quote the bound ids or a row (a duplicate key's value), and
 * it would end up in the engine's incident and the log, so neither it nor the exception is kept.
 */
@ApplicationScoped
class SqlSystems {

    static final int LOGIN_TIMEOUT_SECONDS = 10;
    static final int QUERY_TIMEOUT_SECONDS = 30;

    static {
        // DriverManager scans for drivers once per JVM, with the context class loader of the thread that
        // happens to ask first; the drivers are in the service's loader (Quarkus's), which may not be
        // that one on every thread. Loaded here, in ours, they register themselves.
        ServiceLoader.load(Driver.class, SqlSystems.class.getClassLoader()).stream().forEach(driver -> {
            try {
                driver.get();
            } catch (ServiceConfigurationError e) {
                // a driver that cannot load here is one no system can use; its system is refused by name
            }
        });
    }

    /** Runs the statements of this call's request type; throws {@link SystemRefused} when the database cannot be used. */
    Answer run(SystemCall call, DownstreamSystem system) {
        boolean access = "ACCESS".equals(call.requestType);
        String script = (access ? system.config().access() : system.config().erase()).filter(s -> !s.isBlank())
                .orElseThrow(() -> refused(system, "has no " + (access ? "access" : "erase") + " statements for "
                        + call.requestType));
        List<SqlStatements> statements;
        try {
            statements = SqlStatements.parse(script);
        } catch (IllegalArgumentException e) {
            throw refused(system, (access ? "access" : "erase") + " statements: " + e.getMessage());
        }
        if (access && statements.size() != 1) {
            throw refused(system, "access is one select, not " + statements.size() + " statements");
        }
        String url = system.config().jdbcUrl().orElseThrow(() -> refused(system, "has no jdbc-url"));
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, properties(url, system.config()));
        } catch (SQLException e) {
            throw refused(system, "could not connect (" + kind(e) + ")");
        }
        try (connection) {
            return access ? access(connection, statements.get(0), call, system) : erase(connection, statements, call, system);
        } catch (SQLException e) {
            throw refused(system, "could not close its connection (" + kind(e) + ")");
        }
    }

    private Answer erase(Connection connection, List<SqlStatements> statements, SystemCall call, DownstreamSystem system)
            throws SQLException {
        String step = "begin a transaction";
        try {
            connection.setAutoCommit(false);
            long count = 0;
            for (String profileId : profilesOf(call)) {
                for (int i = 0; i < statements.size(); i++) {
                    step = "erase statement " + (i + 1) + " of " + statements.size();
                    try (PreparedStatement statement = prepare(connection, statements.get(i), profileId, accountOf(call))) {
                        count += Math.max(0, statement.executeUpdate());
                    }
                }
            }
            step = "commit";
            connection.commit();
            return new Answer(Answer.Outcome.COMPLETED, count, count + " rows deleted or anonymised", null);
        } catch (SQLException e) {
            rollback(connection);
            // a failed commit may have been kept or not: the statements are run again when retried
            throw refused(system, "failed at " + step + " (" + kind(e) + ")" + ("commit".equals(step) ? "" : "; rolled back"));
        }
    }

    private Answer access(Connection connection, SqlStatements select, SystemCall call, DownstreamSystem system)
            throws SQLException {
        try {
            connection.setReadOnly(true);
            String product = connection.getMetaData().getDatabaseProductName();
            if ("MariaDB".equalsIgnoreCase(product) || "MySQL".equalsIgnoreCase(product)) {
                // MariaDB's driver takes setReadOnly as a hint only: let the server refuse a write
                try (Statement readOnly = connection.createStatement()) {
                    readOnly.execute("set session transaction read only");
                }
            }
            connection.setAutoCommit(false);
            StringWriter csv = new StringWriter();
            long count = 0;
            try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
                // an account's select that binds only :accountId answers the same rows for each profile
                Set<List<String>> earlierRuns = new HashSet<>();
                boolean header = false;
                for (String profileId : profilesOf(call)) {
                    List<List<String>> rows = new ArrayList<>();
                    try (PreparedStatement statement = prepare(connection, select, profileId, accountOf(call));
                            ResultSet result = statement.executeQuery()) {
                        ResultSetMetaData columns = result.getMetaData();
                        if (!header) {
                            List<String> labels = new ArrayList<>();
                            for (int c = 1; c <= columns.getColumnCount(); c++) {
                                labels.add(columns.getColumnLabel(c));
                            }
                            printer.printRecord(labels);
                            header = true;
                        }
                        while (result.next()) {
                            String[] row = new String[columns.getColumnCount()];
                            for (int c = 1; c <= row.length; c++) {
                                row[c - 1] = result.getString(c);
                            }
                            rows.add(Arrays.asList(row));
                        }
                    }
                    for (List<String> row : rows) {
                        if (!earlierRuns.contains(row)) {
                            printer.printRecord(row);
                            count++;
                        }
                    }
                    earlierRuns.addAll(rows);
                }
            } catch (IOException e) {
                throw new IllegalStateException("a StringWriter does not fail", e);
            }
            return new Answer(Answer.Outcome.COMPLETED, count, count + " rows",
                    new Answer.Data("rows.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw refused(system, "failed at its access select (" + kind(e) + ")");
        } finally {
            // read only: nothing to keep, whatever the select was
            rollback(connection);
        }
    }

    /** The profiles a call's statements run for: its profile's, else each of its account's, else none (NULL) once. */
    static List<String> profilesOf(SystemCall call) {
        if (call.profileId != null) {
            return List.of(call.profileId);
        }
        List<String> ids = call.profileIds == null ? List.of()
                : Arrays.stream(call.profileIds.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        return ids.isEmpty() ? Arrays.asList((String) null) : ids;
    }

    /**
     * :accountId is bound only for the account's own request (its erasure, its account-wide copy):
     * for one profile's request it is NULL, so that a statement keyed by account never erases or
     * copies every profile of the account for one of them.
     */
    static String accountOf(SystemCall call) {
        boolean accountWide = "ACCOUNT_ERASURE".equals(call.requestType) || call.profileId == null;
        return accountWide ? call.accountId : null;
    }

    private static PreparedStatement prepare(Connection connection, SqlStatements sql, String profileId, String accountId)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.sql());
        try {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < sql.parameters().size(); i++) {
                String value = "profileId".equals(sql.parameters().get(i)) ? profileId : accountId;
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setString(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * The login timeout, in each driver's own words: DriverManager.setLoginTimeout would change it for
     * every connection of the JVM. A key in the JDBC URL still wins over these.
     */
    private static Properties properties(String url, SystemsConfig.SystemConfig config) {
        Properties properties = new Properties();
        config.username().ifPresent(user -> properties.setProperty("user", user));
        config.password().ifPresent(password -> properties.setProperty("password", password));
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
            properties.setProperty("connectTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        } else if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            properties.setProperty("connectTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS * 1000));
        }
        return properties;
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is closed next; an open transaction ends with it
        }
    }

    /** What kind of failure, without the driver's message (which may quote the subject's data). */
    private static String kind(SQLException e) {
        return "SQLState " + e.getSQLState() + (e.getErrorCode() != 0 ? ", error " + e.getErrorCode() : "")
                + ", " + e.getClass().getSimpleName();
    }

    private static SystemRefused refused(DownstreamSystem system, String what) {
        return new SystemRefused("sql system " + system.id() + ": " + what, null);
    }
}
