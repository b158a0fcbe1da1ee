package io.rightsflow.export;

import static io.rightsflow.support.Processes.awaitEnded;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.RealSmtpProfile;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The retention of an archive does not wait for its mails: personal data is not kept because an SMTP server is down. */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
@Tag("database")
class ExportMailOutageTest {

    @Inject
    HistoryService history;

    @Inject
    AgroalDataSource db;

    GreenMail smtp;

    @AfterEach
    void reset() {
        EngineTime.reset();
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anArchiveWhoseReadyAndExpiredMailsFailIsStillDeletedWhenItsRetentionEnds() throws Exception {
        Subject subject = Subject.create(); // while no SMTP server listens
        Measurements.of(subject, subject.mainProfileId()).weight("2026-02-01T07:00:00Z", 70, "kg", null);
        String requestId = subject.fileRequest(Map.of("type", "EXPORT", "profileId", subject.mainProfileId()));
        String process = Processes.ofRequest(requestId);
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricJobLogQuery().processInstanceId(process)
                .activityIdIn("Task_SendExportReadyMail").failureLog().count() >= 2);
        assertEquals(1, count("select count(*) from export_archive where request_id = ? and deleted_at is null", requestId));

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));

        await().atMost(Processes.PATIENCE).until(() -> count(
                "select count(*) from export_archive where request_id = ? and deleted_at is not null", requestId) == 1);
        assertEquals(0, count("select count(*) from export_archive_chunk where request_id = ?", requestId),
                "no byte of the archive is left");
        subject.api().get("/api/requests/{id}/archive", requestId).then().statusCode(410);
        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricJobLogQuery().processInstanceId(process)
                .activityIdIn("Task_SendExportExpiredMail").failureLog().count() >= 1);

        // Once mail flows again: the expiry is announced, and no link to a deleted archive goes out.
        smtp = new GreenMail(new ServerSetup(RealSmtpProfile.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        awaitEnded(history, process);
        assertEquals(1, messages(subject.email(), "export has been deleted"));
        assertEquals(0, messages(subject.email(), "ready to download"));
        assertTrue(history.createHistoricJobLogQuery().processInstanceId(process)
                .activityIdIn("Task_SendExportReadyMail").failureLog().count() >= 2);
    }

    private long messages(String to, String subjectContains) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && m.getSubject().contains(subjectContains);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private long count(String sql, String requestId) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, requestId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
