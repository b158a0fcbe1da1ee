package io.rightsflow.mail;

import static io.restassured.RestAssured.given;
import static io.rightsflow.support.Processes.awaitEnded;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.RealSmtpProfile;
import io.rightsflow.support.SmtpServer;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RealSmtpProfile.class)
@Tag("database")
class SmtpDeliveryTest {

    final SmtpServer smtp = new SmtpServer();

    @Inject
    HistoryService history;

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theSubjectReceivesTheScheduledMailAndItsReactivateLinkWorks() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Mila");
        String requestId = subject.eraseProfile(child);

        MimeMessage scheduled = smtp.awaitMessage(subject.email(), "scheduled for deletion");
        assertEquals("Rightsflow <privacy@rightsflow.local>", scheduled.getFrom()[0].toString());
        String text = Mailbox.plainText(scheduled);
        assertTrue(text.contains("Mila"));
        String link = Mailbox.linkPathAfter(text, "Changed your mind?");
        // The link is stored in the mail step's transaction, which commits a moment after the server took the mail.
        await().atMost(Processes.PATIENCE).until(() -> given().get(link).statusCode() == 200);
        given().get(link).then().statusCode(200).body(containsString("Reactivate my profile"));
        given().post(link).then().statusCode(200).body(containsString("has been reactivated"));

        smtp.awaitMessage(subject.email(), "has been reactivated");
        awaitEnded(history, Processes.ofRequest(requestId));
        subject.api().get("/api/requests/{id}", requestId).then().body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        subject.api().get("/api/profiles/{id}/measurements", child).then().statusCode(200);
    }

    @Test
    void anSmtpOutageDelaysTheMailsButLosesNothingAndSendsEachOnce() throws Exception {
        smtp.stop();
        Subject subject = Subject.create();
        String child = subject.addProfile("Mila");
        String requestId = subject.eraseProfile(child);
        String process = Processes.ofRequest(requestId);

        await().atMost(Processes.PATIENCE).until(() -> history.createHistoricJobLogQuery()
                .processInstanceId(process).activityIdIn("Task_SendProfileDeletionScheduledMail").failureLog().count() >= 2);
        subject.api().get("/api/requests/{id}", requestId).then().body("status", org.hamcrest.Matchers.equalTo("GRACE_PERIOD"));
        String failure = history.createHistoricJobLogQuery().processInstanceId(process).failureLog().list().get(0)
                .getJobExceptionMessage();
        assertTrue(failure.startsWith("could not send the PROFILE_DELETION_SCHEDULED mail"), failure);
        assertTrue(!failure.contains(subject.email()), "the job history must not hold the address");

        smtp.start();
        smtp.awaitMessage(subject.email(), "scheduled for deletion");
        subject.api().post("/api/profiles/{id}/reactivation", child).then().statusCode(200);
        smtp.awaitMessage(subject.email(), "has been reactivated");
        awaitEnded(history, process);

        Thread.sleep(3000); // longer than the retry interval: a duplicate would have arrived by now
        assertEquals(1, smtp.messages(subject.email(), "scheduled for deletion").size());
        assertEquals(1, smtp.messages(subject.email(), "has been reactivated").size());
        // The auditors' timeline shows the failed attempts, then the delivery.
        io.rightsflow.support.Staff.create("auditor").api().get("/api/audit/requests/{id}", requestId).then()
                .body("events.findAll { it.kind == 'MAIL_FAILED' }.detail",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("kind=PROFILE_DELETION_SCHEDULED outcome=")))
                .body("events.findAll { it.kind == 'MAIL_SENT' }.detail",
                        org.hamcrest.Matchers.hasItem("kind=PROFILE_DELETION_SCHEDULED"));
    }
}
