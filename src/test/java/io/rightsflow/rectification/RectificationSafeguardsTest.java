package io.rightsflow.rectification;

import static io.rightsflow.support.Processes.awaitEnded;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.independence.Handover;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

/**
 * What a rectification must not do: change a profile that has left the account of the person who
 * asked, or change a login address on an agent's word; and what it must do with a statement alone.
 */
@QuarkusTest
class RectificationSafeguardsTest {

    @Inject
    HistoryService history;

    @Inject
    MockMailbox mailbox;

    @Test
    void aStatementAloneIsKeptAsTheSupplementaryStatementWhenTheDeskContestsIt() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "RECTIFICATION", "profileId", subject.mainProfileId(),
                "statement", "The weigh-ins of March were taken with my coat on."));

        Desk.withNewAgent().claimAndDecide(requestId, "CONTEST", null);

        awaitEnded(history, Processes.ofRequest(requestId));
        subject.api().get("/api/requests/{id}", requestId).then().body("status", equalTo("COMPLETED"));
        String done = Mailbox.await(mailbox, subject.email(), "correct your data is done").getText();
        assertTrue(done.contains("supplementary statement"), done);
        assertEquals("The weigh-ins of March were taken with my coat on.", QuarkusTransaction.requiringNew()
                .call(() -> Rectification.<Rectification>findById(requestId).statement));
    }

    @Test
    void anAgentCannotHaveTheAccountsAddressCorrectedAndNothingIsFiled() {
        Subject subject = Subject.create();

        Staff.create("agent").api().body(Staff.onTicket(Map.of("type", "RECTIFICATION", "profileId",
                subject.mainProfileId(), "fields", Map.of("email", "taken-over@example.test")))).post("/api/requests")
                .then().statusCode(400).body("field", equalTo("fields.email"))
                .body("detail", containsString("corrected by its holder"));

        subject.api().get("/api/requests").then().body("", hasSize(0));
    }

    @Test
    void aProfileMadeIndependentAfterTheFormerHolderAskedIsNotChangedByTheirRectification() {
        Subject holder = Subject.create("Ann");
        String child = holder.addProfile("Robin");
        String requestId = holder.fileRequest(Map.of("type", "RECTIFICATION", "profileId", child,
                "fields", Map.of("profileName", "Bobby")));
        Subject owner = Handover.of(mailbox, holder, child).newOwner();
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        desk.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);

        desk.staff().api().body(Map.of("decision", "CORRECT")).post("/api/desk/tasks/{id}/complete", taskId).then()
                .statusCode(409).body("detail", containsString("has moved to another account"));

        owner.api().get("/api/accounts/{id}", owner.accountId()).then()
                .body("profiles.find { it.profileId == '" + child + "' }.name", equalTo("Robin"));
    }
}
