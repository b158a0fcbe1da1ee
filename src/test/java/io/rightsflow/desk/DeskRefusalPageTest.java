package io.rightsflow.desk;

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
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The desk's request page refuses a request (Art. 12(4)-(5)) through the same service as the API. */
@QuarkusTest
@Tag("browser")
class DeskRefusalPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @Test
    void anAgentRefusesAnExcessiveRequestOnItsPageWithTheEarlierRequestsInViewAndThePersonIsMailedOnce() {
        Subject subject = Subject.create();
        String first = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("DIRECT_MARKETING")));
        String latest = subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("CHALLENGES")));
        Staff agent = Staff.create("agent");
        new io.rightsflow.support.Desk(agent).taskIdOf(latest);
        browser.signIn(agent.username(), agent.password()).open("/desk/requests/" + latest);

        assertThat(browser.text(), allOf(containsString("Refuse this request"),
                containsString("Earlier requests of the same person"), containsString("Objection to a use of your data")));
        assertEquals(1, browser.all("table.earlier-requests a[href='/desk/requests/" + first + "']").size());
        browser.press("Refuse this request");
        assertThat(browser.text(), containsString("Choose why the request is refused."));
        assertEquals("IN_REVIEW", status(agent, latest), "nothing changed");

        browser.labelled("Manifestly unfounded or excessive (the earlier requests below are the evidence)").click();
        browser.press("Refuse this request");
        assertThat(browser.text(), containsString("Write the reasons (at most 2000 characters): the person is told them."));
        assertEquals("IN_REVIEW", status(agent, latest), "nothing changed");
        agent.api().get("/api/requests/{id}/refusal", latest).then().statusCode(404);

        browser.labelled("Manifestly unfounded or excessive (the earlier requests below are the evidence)").click();
        browser.type("Reasons for the refusal (the person is told them)", "A second objection within the hour.");
        browser.snapshot("desk-request-refusal");
        browser.press("Refuse this request");

        assertThat(browser.text(), allOf(containsString("The request is refused"), containsString("Refused"),
                containsString("A second objection within the hour."), containsString("manifestly unfounded or excessive"),
                not(containsString("Why is it refused?"))));
        browser.snapshot("desk-request-refused");
        assertEquals("REJECTED", status(agent, latest));
        agent.api().get("/api/requests/{id}/refusal", latest).then().body("earlierRequests[0].id", equalTo(first));
        String mail = Mailbox.await(mailbox, subject.email(), "has been refused").getText();
        assertTrue(mail.contains("A second objection within the hour.") && mail.contains("Test Data Protection Authority"),
                mail);
        List<String> kinds = Staff.create("auditor").api().get("/api/audit/requests/{id}", latest).then()
                .extract().jsonPath().getList("events.kind");
        assertTrue(kinds.contains("REQUEST_REFUSED"), kinds.toString());
    }

    @Test
    void aRefusedRequestShowsItsRefusalAndOffersNoForm() {
        Subject subject = Subject.create();
        String objection = DeskResourceTest.objectToChallenges(subject);
        Staff agent = Staff.create("agent");
        agent.api().body(Map.of("reasonKind", "OTHER", "reasons", "Decided by phone."))
                .post("/api/requests/{id}/refusal", objection).then().statusCode(201);

        browser.signIn(agent.username(), agent.password()).open("/desk/requests/" + objection);

        assertThat(browser.text(), allOf(containsString("agent:" + agent.username() + " on"),
                containsString("Decided by phone."), containsString("Another reason")));
        assertEquals(0, browser.all("form[action$='/refusal']").size());
    }

    @Test
    void aRefusalWithoutTheFormTokenIsRefusedAndChangesNothing() {
        String objection = DeskResourceTest.objectToChallenges(Subject.create());
        Staff agent = Staff.create("agent");
        new io.rightsflow.support.Desk(agent).taskIdOf(objection);
        browser.signIn(agent.username(), agent.password()).open("/desk/requests/" + objection);

        // the session cookie goes with it, as it would with a forged form; the token does not
        Object answer = browser.script("const x = new XMLHttpRequest();"
                + "x.open('POST', '/desk/requests/' + arguments[0] + '/refusal', false);"
                + "x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
                + "x.send('reasonKind=OTHER&reasons=forged'); return x.status;", objection);

        assertThat(answer, equalTo(403L));
        assertEquals("IN_REVIEW", status(agent, objection));
        agent.api().get("/api/requests/{id}/refusal", objection).then().statusCode(404);
    }

    private static String status(Staff agent, String requestId) {
        return agent.api().get("/api/requests/{id}", requestId).then().extract().path("status");
    }
}
