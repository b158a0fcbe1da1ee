package io.rightsflow.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A withdrawal holds at once, also for a marketing mail that was queued before it and not sent yet. */
@QuarkusTest
class QueuedMarketingTest {

    @Inject
    ManagementService management;

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @AfterEach
    void resumeMails() {
        mailJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));
    }

    @Test
    void aTipQueuedBeforeTheConsentIsWithdrawnIsNotSentAfterIt() {
        Subject withdrawing = Subject.create();
        Subject staying = Subject.create();
        withdrawing.consentTo("direct-marketing");
        staying.consentTo("direct-marketing");
        mailJobs().forEach(d -> management.suspendJobDefinitionById(d.getId(), true));
        Staff.ADMIN.api().body(Map.of("title", "Tip " + System.nanoTime(), "text", "Drink water."))
                .post("/api/notifications/tips").then().statusCode(200);

        withdrawing.api().delete("/api/profiles/{id}/consents/direct-marketing", withdrawing.mainProfileId()).then()
                .statusCode(200);
        mailJobs().forEach(d -> management.activateJobDefinitionById(d.getId(), true));

        Mailbox.await(mailbox, staying.email(), "News from your health devices");
        String item = QuarkusTransaction.requiringNew().call(() -> TimelineItem.<TimelineItem>find("accountId",
                withdrawing.accountId()).firstResult().id);
        Processes.awaitEnded(history, history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(item)
                .singleResult().getId());
        assertEquals(0, Mailbox.matching(mailbox, withdrawing.email(), "News from your health devices").size());
    }

    private List<JobDefinition> mailJobs() {
        return management.createJobDefinitionQuery().processDefinitionKey("notification")
                .activityIdIn("Task_SendNotificationMail").list();
    }
}
