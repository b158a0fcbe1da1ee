package io.rightsflow.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures of a period no other test files requests in (2019), seeded with known outcomes. */
@QuarkusTest
class ReportTest {

    static final Instant MARCH = Instant.parse("2019-03-01T10:00:00Z");

    @Inject
    AgroalDataSource db;

    static boolean seeded;

    @BeforeEach
    void seed() throws Exception {
        if (seeded) {
            return;
        }
        try (var connection = db.getConnection()) {
            connection.createStatement().executeUpdate("delete from data_request where filed_by = 'subject:seed'");
        }
        // Exports answered after 2, 10, 20 and 40 days (due after 31): three on time, one late.
        for (int days : new int[] { 2, 10, 20, 40 }) {
            insert("EXPORT", "COMPLETED", MARCH, MARCH.plus(Duration.ofDays(31)), MARCH.plus(Duration.ofDays(days)), null);
        }
        // An objection extended by two months and rejected after 50 days: on time.
        insert("OBJECTION", "REJECTED", MARCH, MARCH.plus(Duration.ofDays(92)), MARCH.plus(Duration.ofDays(50)), 2);
        // An objection still in review long after its due date: overdue now.
        insert("OBJECTION", "IN_REVIEW", MARCH, MARCH.plus(Duration.ofDays(31)), null, null);
        // A profile erasure reactivated: cancelled, not answered.
        insert("PROFILE_ERASURE", "CANCELLED", MARCH, MARCH.plus(Duration.ofDays(31)), MARCH.plus(Duration.ofDays(3)), null);
        // Outside the period: not counted.
        insert("EXPORT", "COMPLETED", Instant.parse("2019-05-01T10:00:00Z"), Instant.parse("2019-06-01T10:00:00Z"),
                Instant.parse("2019-05-02T10:00:00Z"), null);
        seeded = true;
    }

    @Test
    void theReportCountsEachTypeOfTheSeededPeriod() {
        Staff.create("auditor").api().get("/api/audit/report?from=2019-03-01&to=2019-03-31").then().statusCode(200)
                .body("find { it.type == 'EXPORT' }.received", equalTo(4))
                .body("find { it.type == 'EXPORT' }.completed", equalTo(4))
                .body("find { it.type == 'EXPORT' }.completedOnTime", equalTo(3))
                .body("find { it.type == 'EXPORT' }.overdueNow", equalTo(0))
                .body("find { it.type == 'EXPORT' }.medianDays", equalTo(10.0f))
                .body("find { it.type == 'EXPORT' }.p95Days", equalTo(40.0f))
                .body("find { it.type == 'OBJECTION' }.received", equalTo(2))
                .body("find { it.type == 'OBJECTION' }.completed", equalTo(1))
                .body("find { it.type == 'OBJECTION' }.completedOnTime", equalTo(1))
                .body("find { it.type == 'OBJECTION' }.overdueNow", equalTo(1))
                .body("find { it.type == 'OBJECTION' }.medianDays", equalTo(50.0f))
                .body("find { it.type == 'PROFILE_ERASURE' }.cancelled", equalTo(1))
                .body("find { it.type == 'PROFILE_ERASURE' }.completed", equalTo(0))
                .body("find { it.type == 'PROFILE_ERASURE' }.medianDays", nullValue())
                .body("find { it.type == 'INDEPENDENCE' }.received", equalTo(0));
    }

    @Test
    void theSameReportComesAsCsv() {
        Staff.create("auditor").api().accept("text/csv").get("/api/audit/report?from=2019-03-01&to=2019-03-31").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("type,received,completed,completedOnTime,cancelled,overdueNow,medianDays,p95Days\r\n"))
                .body(containsString("EXPORT,4,4,3,0,0,10.0,40.0\r\n"))
                .body(containsString("OBJECTION,2,1,1,0,1,50.0,50.0\r\n"))
                .body(containsString("INDEPENDENCE,0,0,0,0,0,,\r\n"));
    }

    @Test
    void aPeriodThatIsNotADayIsRefused() {
        Staff.create("auditor").api().get("/api/audit/report?from=March").then().statusCode(400)
                .body("detail", containsString("2026-11-01"));
    }

    private void insert(String type, String status, Instant received, Instant due, Instant completed, Integer extended)
            throws Exception {
        try (var connection = db.getConnection(); var statement = connection.prepareStatement(
                "insert into data_request (id, type, status, channel, filed_by, received_at, due_at, completed_at, "
                        + "extended_months) values (?, ?, ?, 'SELF_SERVICE', 'subject:seed', ?, ?, ?, ?)")) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, type);
            statement.setString(3, status);
            statement.setTimestamp(4, Timestamp.from(received));
            statement.setTimestamp(5, Timestamp.from(due));
            statement.setTimestamp(6, completed == null ? null : Timestamp.from(completed));
            statement.setObject(7, extended);
            statement.executeUpdate();
        }
    }
}
