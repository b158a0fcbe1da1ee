package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
import io.restassured.response.ValidatableResponse;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class AddressChangeTest {

    static final String CONFIRM_SUBJECT = "Confirm your new email address";
    static final String NOTICE_SUBJECT = "Your email address is being changed";

    @Inject
    MockMailbox mailbox;

    @Inject
    HistoryService history;

    @Inject
    ConfirmedAddresses confirmed;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void theNewAddressIsUsedOnceConfirmedThereAndTheOldAddressIsTold() {
        Subject subject = Subject.create();
        String newEmail = newAddress();

        change(subject, newEmail, Subject.PASSWORD).statusCode(202)
                .body(not(containsString(newEmail))).body(not(containsString(subject.email())));
        String notice = Mailbox.await(mailbox, subject.email(), NOTICE_SUBJECT).getText();
        assertTrue(!notice.contains(newEmail), "the notice does not name the new address");
        String link = Mailbox.awaitLinkPath(newEmail, CONFIRM_SUBJECT);
        subject.api().get("/api/me").then().statusCode(200);
        asOwner(newEmail).get("/api/me").then().statusCode(401);

        given().post(link).then().statusCode(200).body(containsString("Your new address is confirmed"));

        asOwner(newEmail).get("/api/accounts/{id}", subject.accountId()).then().statusCode(200)
                .body("email", equalTo(newEmail));
        subject.api().get("/api/me").then().statusCode(401);
        assertEquals(List.of(new AddressConfirmed(subject.accountId(), subject.email()),
                new AddressConfirmed(subject.accountId(), newEmail)),
                confirmed.all().stream().filter(e -> e.accountId().equals(subject.accountId())).toList(),
                "confirmed at sign-up, then at the new address");
        given().post(link).then().statusCode(410);
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsMailedOrKept() {
        Subject subject = Subject.create();
        String newEmail = newAddress();

        change(subject, newEmail, "Guessed-Passw0rd!").statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("the current password is wrong: nothing was changed"));
        change(subject, "not-an-address", Subject.PASSWORD).statusCode(400)
                .body("detail", containsString("newEmail must be an address"));

        assertNull(QuarkusTransaction.requiringNew().call(() -> AddressChange.ofAccount(subject.accountId())));
        assertEquals(0L, history.createHistoricProcessInstanceQuery().processDefinitionKey("address-change")
                .processInstanceBusinessKey(subject.accountId()).count());
        assertTrue(Mailbox.matching(mailbox, newEmail, "").isEmpty());
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("email", equalTo(subject.email()));
    }

    @Test
    void anAddressThatAnotherAccountTookMeanwhileStaysWithItAndNothingChanges() {
        Subject subject = Subject.create();
        String newEmail = newAddress();
        change(subject, newEmail, Subject.PASSWORD).statusCode(202);
        String link = Mailbox.awaitLinkPath(newEmail, CONFIRM_SUBJECT);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", newEmail, "password", Subject.PASSWORD, "profileName", "Quick"))
                .post("/api/accounts").then().statusCode(201);

        given().post(link).then().statusCode(409).body(containsString("Another account uses this email address"))
                .body(not(containsString(newEmail)));

        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("email", equalTo(subject.email()));
        assertTrue(confirmed.all().stream().noneMatch(e -> e.email().equals(newEmail)));
    }

    @Test
    void theOldAddressStopsTheChangeAndTheNewAddressLinkStopsWorking() {
        Subject subject = Subject.create();
        String newEmail = newAddress();
        change(subject, newEmail, Subject.PASSWORD).statusCode(202);
        String stop = Mailbox.linkPath(Mailbox.await(mailbox, subject.email(), NOTICE_SUBJECT).getText());
        String link = Mailbox.awaitLinkPath(newEmail, CONFIRM_SUBJECT);

        given().post(stop).then().statusCode(200).body(containsString("The change is stopped"));

        given().post(link).then().statusCode(410);
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("email", equalTo(subject.email()));
    }

    @Test
    void bothAddressesAreForgottenWhenTheLinksHaveExpired() {
        Subject subject = Subject.create();
        String newEmail = newAddress();
        change(subject, newEmail, Subject.PASSWORD).statusCode(202);
        String link = Mailbox.awaitLinkPath(newEmail, CONFIRM_SUBJECT);
        Mailbox.await(mailbox, subject.email(), NOTICE_SUBJECT);
        String process = history.createHistoricProcessInstanceQuery().processDefinitionKey("address-change")
                .processInstanceBusinessKey(subject.accountId()).singleResult().getId();

        EngineTime.moveBy(Duration.ofHours(24).plusMinutes(1));
        Processes.awaitEnded(history, process);

        assertNull(QuarkusTransaction.requiringNew().call(() -> AddressChange.ofAccount(subject.accountId())));
        given().post(link).then().statusCode(410);
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("email", equalTo(subject.email()));
    }

    private static String newAddress() {
        return "moved-" + UUID.randomUUID() + "@example.test";
    }

    private static ValidatableResponse change(Subject subject, String newEmail, String password) {
        return subject.api().body(Map.of("newEmail", newEmail, "password", password))
                .post("/api/accounts/{id}/email", subject.accountId()).then();
    }

    private static io.restassured.specification.RequestSpecification asOwner(String email) {
        return given().auth().preemptive().basic(email, Subject.PASSWORD).contentType(ContentType.JSON);
    }
}
