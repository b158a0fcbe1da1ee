package io.rightsflow.desk;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class TaskPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @Test
    void anAgentRejectsAnObjectionOnlyWithItsGroundsWrittenAndThePersonIsMailedThem() {
        Subject subject = Subject.create("Robin");
        String requestId = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES"), "statement", "I never agreed to be ranked against others."));
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        String statusBefore = status(desk.staff(), requestId);
        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk/tasks/" + taskId);

        assertThat(browser.heading(), equalTo("Review objection"));
        assertThat(browser.text(), allOf(containsString("Objection to a use of your data"), containsString("Challenges with other people"),
                containsString("I never agreed to be ranked against others."), containsString("Robin (Active)"),
                containsString("Self-service"), containsString("Steps so far"), containsString("Claim the task to decide it.")));
        assertThat("purposes in words, not codes", browser.text(), not(containsString("CHALLENGES")));
        browser.press("Claim");
        assertThat(browser.text(), containsString("Claimed by: You"));

        browser.labelled("Reject the objection: compelling legitimate grounds override it").click();
        browser.press("Record the decision");

        assertThat(browser.text(), containsString("Write the compelling legitimate grounds: a rejection is sent to the "
                + "person with them."));
        assertThat(browser.labelled("Reject the objection: compelling legitimate grounds override it").isSelected(),
                equalTo(true));
        browser.snapshot("desk-task");
        assertEquals(taskId, desk.taskIdOf(requestId), "the task is still open");
        assertEquals(desk.staff().username(), desk.taskOf(requestId).get("assignee"));
        assertEquals(statusBefore, status(desk.staff(), requestId), "the request did not move");

        browser.type("Compelling legitimate grounds (required to reject; the person is told them)",
                "The research is required by the medical-device regulation for safety monitoring.");
        browser.press("Record the decision");

        assertThat(browser.path(), equalTo("/desk"));
        assertThat(browser.text(), containsString("The decision is recorded and the task is closed."));
        await().atMost(Processes.PATIENCE).until(() -> "REJECTED".equals(status(desk.staff(), requestId)));
        String mail = Mailbox.await(mailbox, subject.email(), "decision on your objection").getText();
        assertTrue(mail.contains("medical-device regulation"), mail);
    }

    @Test
    void anAgentCancelsAnAccountDeletionOnlyWithAReason() {
        Subject subject = Subject.create();
        String requestId = subject.fileRequest(Map.of("type", "ACCOUNT_ERASURE", "accountId", subject.accountId()));
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        String statusBefore = status(desk.staff(), requestId);
        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk/tasks/" + taskId);
        browser.press("Claim");

        browser.labelled("Cancel the deletion: the person asked to keep the account").click();
        browser.press("Record the decision");

        assertThat(browser.text(), containsString("Write why the deletion is cancelled, e.g. what the person said."));
        assertEquals(taskId, desk.taskIdOf(requestId), "the task is still open");
        assertEquals(statusBefore, status(desk.staff(), requestId), "the deletion goes on");
        subject.api().get("/api/me").then().statusCode(401);

        browser.type("Reason for cancelling (required)", "Called on the phone: wants to keep the account.");
        browser.press("Record the decision");

        assertThat(browser.text(), containsString("The decision is recorded"));
        await().atMost(Processes.PATIENCE).until(() -> "CANCELLED".equals(status(desk.staff(), requestId)));
        subject.api().get("/api/me").then().statusCode(200);
    }

    @Test
    void aDecisionWithoutAChoiceIsRefusedAtItsFieldAndNothingChanges() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk/tasks/" + taskId);
        browser.press("Claim");

        browser.press("Record the decision");

        assertThat(browser.text(), containsString("Choose one of the decisions."));
        assertEquals(taskId, desk.taskIdOf(requestId));
    }

    private static String status(Staff staff, String requestId) {
        return staff.api().get("/api/requests/{id}", requestId).then().statusCode(200).extract().path("status");
    }
}
