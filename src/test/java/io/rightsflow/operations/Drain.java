package io.rightsflow.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import io.rightsflow.support.FreshDatabase;

/**
 * A backlog of profile erasures whose grace periods have all ended, as a node finds it after being
 * down a week (or after a migration filed them): what the database says about how it was drained.
 */
final class Drain {

    static final String COMPLETED_MAIL = "PROFILE_DELETION_COMPLETED";

    private final FreshDatabase database;
    private final Instant backlogFiledBefore;

    private Drain(FreshDatabase database, Instant backlogFiledBefore) {
        this.database = database;
        this.backlogFiledBefore = backlogFiledBefore;
    }

    /**
     * Moves every waiting grace period's end into the past, as a week passing while the node was
     * down would; on a stopped service only.
     */
    static Drain due(FreshDatabase database) throws SQLException {
        try (Connection connection = database.connect(); var statement = connection.createStatement()) {
            int moved = statement.executeUpdate("update act_ru_job set duedate_ = now() - interval '1 minute'"
                    + " where type_ = 'timer' and handler_cfg_ like '%Event_GracePeriodExpired%'");
            System.out.printf("(%,d grace periods made due)%n", moved);
        }
        return new Drain(database, Instant.now());
    }

    /** The same backlog in a copy of the database (for another run), made while no node is connected. */
    Drain copy() throws SQLException {
        return new Drain(database.copy(), backlogFiledBefore);
    }

    FreshDatabase database() {
        return database;
    }

    long completed() throws SQLException {
        return database.count("select count(*) from data_request where type = 'PROFILE_ERASURE' and status = 'COMPLETED'"
                + " and received_at < ?", Timestamp.from(backlogFiledBefore));
    }

    /** Waits until {@code count} erasures of the backlog are complete; prints progress every ten seconds. */
    double awaitCompleted(long count, long startedNanos) throws Exception {
        long lastPrint = System.nanoTime();
        while (completed() < count) {
            Thread.sleep(250);
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("  ... %,d of %,d after %.0f s%n", completed(), count,
                        (System.nanoTime() - startedNanos) / 1e9);
                lastPrint = System.nanoTime();
            }
        }
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /**
     * Checks what must hold after any drain, and says what does not: each erasure's completion mail
     * logged once, no mail delivered twice (the same Message-ID, which names the step that sent it),
     * no incident.
     */
    String verdict(long count, GreenMail smtp, int mailsBefore) throws Exception {
        long completionMails = database.count("select count(*) from mail_log m join data_request r on r.id = m.request_id"
                + " where m.kind = ? and r.received_at < ?", COMPLETED_MAIL, Timestamp.from(backlogFiledBefore));
        MimeMessage[] delivered = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        long twice = 0;
        for (int i = mailsBefore; i < delivered.length; i++) {
            if (!ids.add(delivered[i].getMessageID())) {
                twice++;
            }
        }
        long incidents = database.count("select count(*) from act_ru_incident");
        List<String> wrong = new ArrayList<>();
        if (completionMails != count) {
            wrong.add(completionMails + " completion mails logged for " + count + " erasures");
        }
        if (twice > 0) {
            wrong.add(twice + " mails delivered twice");
        }
        if (incidents > 0) {
            wrong.add(incidents + " incidents");
        }
        return wrong.isEmpty() ? "every completion mail sent once, no incident" : "WRONG: " + String.join("; ", wrong);
    }

    /** Jobs each node completed since the backlog was made due (the engine's job log). */
    Map<String, Long> jobsPerNode() throws SQLException {
        Map<String, Long> split = new LinkedHashMap<>();
        try (Connection connection = database.connect(); var statement = connection.prepareStatement(
                "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and timestamp_ >= ?"
                        + " group by hostname_ order by hostname_")) {
            statement.setTimestamp(1, Timestamp.from(backlogFiledBefore));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    split.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return split;
    }

    /** Seconds from each probe's grace period end ({@code grace} after filing) to its completion, sorted. */
    List<Double> lateness(List<String> requestIds, double graceSeconds) throws SQLException {
        List<Double> late = new ArrayList<>();
        try (Connection connection = database.connect(); var statement = connection.prepareStatement(
                "select extract(epoch from completed_at - received_at) from data_request where id = ?"
                        + " and status = 'COMPLETED'")) {
            for (String id : requestIds) {
                statement.setString(1, id);
                try (var rows = statement.executeQuery()) {
                    if (rows.next()) {
                        late.add(rows.getDouble(1) - graceSeconds);
                    }
                }
            }
        }
        late.sort(Double::compare);
        return late;
    }
}
