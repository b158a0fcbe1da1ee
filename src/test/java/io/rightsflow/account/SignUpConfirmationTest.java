package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class SignUpConfirmationTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    ConfirmedAddresses confirmed;

    @Inject
    Pseudonyms pseudonyms;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anUnconfirmedAccountLogsInOnlyToLearnThatItMustConfirm() {
        Subject subject = Subject.signUp();

        subject.api().get("/api/me").then().statusCode(200)
                .body("accountId", equalTo(subject.accountId()))
                .body("roles", equalTo(List.of("unconfirmed")));
        for (String path : List.of("/api/accounts/" + subject.accountId(), "/api/shared-with-me",
                "/api/profiles/" + subject.mainProfileId() + "/measurements", "/api/requests")) {
            subject.api().get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("confirm your address: follow the link we mailed to it"))
                    .body("detail", not(containsString(subject.email())));
        }
        subject.api().body(Map.of("name", "Child")).post("/api/accounts/{id}/profiles", subject.accountId())
                .then().statusCode(403);
        subject.api().body(Map.of("type", "EXPORT", "accountId", subject.accountId())).post("/api/requests")
                .then().statusCode(403);
        assertEquals(1L, profilesOf(subject.accountId()), "nothing was added");
        assertEquals(AccountStatus.UNCONFIRMED, statusOf(subject.accountId()));
        assertEquals(0L, confirmed.of(subject.accountId()), "nothing waiting for the address reaches it");
    }

    @Test
    void theMailedLinkConfirmsTheAccountOnceAndTellsWhatWaitedForTheAddress() {
        Subject subject = Subject.signUp();
        String link = subject.confirmationLink();

        given().get(link).then().statusCode(200).body(containsString("Confirm my address"));
        assertEquals(AccountStatus.UNCONFIRMED, statusOf(subject.accountId()), "looking at the link changes nothing");
        given().post(link).then().statusCode(200).body(containsString("Your address is confirmed"));

        subject.api().get("/api/me").then().body("roles", equalTo(List.of("subject")));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertEquals(List.of(new AddressConfirmed(subject.accountId(), subject.email())),
                confirmed.all().stream().filter(e -> e.accountId().equals(subject.accountId())).toList());
        given().post(link).then().statusCode(410);
        assertEquals(1L, confirmed.of(subject.accountId()));
    }

    @Test
    void anUnconfirmedAccountIsInNoMarketingAudienceUntilItsAddressIsConfirmedAndItConsents() {
        Subject subject = Subject.signUp();
        String ref = pseudonyms.of(subject.accountId());

        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().statusCode(200)
                .body("rows.accountRef", not(hasItem(ref)));
        given().post(subject.confirmationLink()).then().statusCode(200);
        subject.consentTo("direct-marketing");
        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().body("rows.accountRef", hasItem(ref));
    }

    @Test
    void theConfirmationMailGoesOutOncePerSignUp() {
        Subject subject = Subject.signUp();
        subject.confirmationLink();
        String process = signUpProcess(subject.accountId());
        Processes.awaitNoJobs(management, process);

        assertEquals(1, Mailbox.matching(mailbox, subject.email(), Subject.CONFIRMATION_SUBJECT).size());
        String text = Mailbox.matching(mailbox, subject.email(), Subject.CONFIRMATION_SUBJECT).get(0).getText();
        assertEquals(subject.confirmationLink(), Mailbox.linkPath(text));
    }

    @Test
    void anUnconfirmedAccountExpiresWithItsProfilesAndTheAddressCanSignUpAgain() {
        Subject subject = Subject.signUp();
        String link = subject.confirmationLink();
        String process = signUpProcess(subject.accountId());

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));
        Processes.awaitEnded(history, process);

        assertNull(QuarkusTransaction.requiringNew().call(() -> Account.findById(subject.accountId())));
        assertEquals(0L, profilesOf(subject.accountId()));
        assertEquals(List.of("EndEvent_UnconfirmedAccountRemoved"), Processes.passedActivities(history, process)
                .stream().filter(id -> id.startsWith("EndEvent_Unconfirmed")).toList());
        given().auth().preemptive().basic(subject.email(), subject.password()).get("/api/me").then().statusCode(401);
        given().post(link).then().statusCode(404);

        given().contentType(ContentType.JSON)
                .body(Map.of("email", subject.email(), "password", Subject.PASSWORD, "profileName", "Again"))
                .post("/api/accounts").then().statusCode(201);
    }

    @Test
    void aConfirmedAccountStaysWhenTheConfirmationPeriodIsOver() {
        Subject subject = Subject.create();
        String process = signUpProcess(subject.accountId());

        EngineTime.moveBy(Duration.ofDays(7).plusMinutes(1));
        Processes.awaitEnded(history, process);

        List<String> passed = Processes.passedActivities(history, process);
        assertTrue(passed.contains("EndEvent_AccountConfirmed") && !passed.contains("Task_RemoveUnconfirmedAccount"),
                passed.toString());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void askingForTheMailAgainAnswersTheSameForAnyAddressAndOnlyAnUnconfirmedAccountGetsOne() {
        Subject unconfirmed = Subject.signUp();
        String first = unconfirmed.confirmationLink();
        Subject active = Subject.create();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.test";

        String answerForUnconfirmed = askAgain(unconfirmed.email());
        assertEquals(answerForUnconfirmed, askAgain(active.email()));
        assertEquals(answerForUnconfirmed, askAgain(unknown));

        await().atMost(Processes.PATIENCE).until(() ->
                Mailbox.matching(mailbox, unconfirmed.email(), Subject.CONFIRMATION_SUBJECT).size() == 2);
        String second = unconfirmed.confirmationLink();
        assertEquals(1, Mailbox.matching(mailbox, active.email(), Subject.CONFIRMATION_SUBJECT).size());
        assertEquals(0, Mailbox.matching(mailbox, unknown, "").size());
        given().post(second).then().statusCode(200);
        unconfirmed.api().get("/api/me").then().body("roles", equalTo(List.of("subject")));
        given().post(first).then().statusCode(409).body(containsString("confirmed already"));
    }

    private static String askAgain(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email))
                .post("/api/accounts/confirmation").then().statusCode(202).extract().asString();
    }


    private String signUpProcess(String accountId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("sign-up")
                .processInstanceBusinessKey(accountId).singleResult().getId();
    }

    static long profilesOf(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Profile.count("accountId", accountId));
    }

    static AccountStatus statusOf(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(accountId).status);
    }
}
