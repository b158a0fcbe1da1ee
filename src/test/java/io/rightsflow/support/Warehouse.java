package io.rightsflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The analytics warehouse of the downstream tests (an sql system): two tables in a real MariaDB
 * database (127.0.0.1:3306, root without a password), created when missing; rows are keyed by
 * profile id, so tests never see each other's.
 */
public final class Warehouse {

    public static final String DATABASE = "rightsflow_downstream";
    public static final String URL = "jdbc:mariadb://127.0.0.1:3306/" + DATABASE;

    private Warehouse() {
    }

    public static void ready() {
        try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", null)) {
            server.createStatement().execute("create database if not exists " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at 127.0.0.1:3306 is needed (see .ci/run)", e);
        }
        update("create table if not exists warehouse_bp (profile_id varchar(36), systolic int, diastolic int, taken_on date)");
        update("create table if not exists warehouse_visits (profile_id varchar(36), city varchar(80), visits int)");
    }

    /** Two blood-pressure rows and one visit of this profile. */
    public static void holdRowsOf(String profileId) {
        update("insert into warehouse_bp values ('" + profileId + "', 120, 80, '2026-11-01'), ('" + profileId
                + "', 125, 82, '2026-11-02')");
        update("insert into warehouse_visits values ('" + profileId + "', 'Lyon', 3)");
    }

    public static int update(String sql) {
        try (Connection db = DriverManager.getConnection(URL, "root", null); Statement statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) {
        try (Connection db = DriverManager.getConnection(URL, "root", null); ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
