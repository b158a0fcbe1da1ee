package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@Tag("database")
class AccountResourceTest {

    @Test
    void aNewAccountHasItsMainProfileAndDefaultUnits() {
        Subject subject = Subject.create("Alice");
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .statusCode(200)
                .body("accountId", equalTo(subject.accountId()))
                .body("email", equalTo(subject.email()))
                .body("units.weight", equalTo("kg"))
                .body("units.distance", equalTo("km"))
                .body("units.height", equalTo("cm"))
                .body("profiles", hasSize(1))
                .body("profiles[0].profileId", equalTo(subject.mainProfileId()))
                .body("profiles[0].main", equalTo(true))
                .body("profiles[0].status", equalTo("ACTIVE"));
    }

    @Test
    void aHolderRenamesAProfileAtOnceWhileABlankOrOverlongNameOrAnotherPersonsProfileChangesNothing() {
        Subject subject = Subject.create("Alice");
        String child = subject.addProfile("Bobby");

        subject.api().body(Map.of("name", " Bob ")).put("/api/profiles/{id}/name", child).then().statusCode(200)
                .body("profileId", equalTo(child)).body("name", equalTo("Bob"));

        subject.api().body(Map.of("name", " ")).put("/api/profiles/{id}/name", child).then().statusCode(400)
                .body("field", equalTo("name"));
        subject.api().body(Map.of("name", "x".repeat(101))).put("/api/profiles/{id}/name", child).then()
                .statusCode(400).body("field", equalTo("name"));
        Subject.create().api().body(Map.of("name", "Mallory")).put("/api/profiles/{id}/name", child).then()
                .statusCode(404);
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.profileId == '" + child + "' }.name", equalTo("Bob"));
    }

    @Test
    void theSubjectLogsInAndSeesThemselvesInMe() {
        Subject subject = Subject.create();
        subject.api().get("/api/me").then().statusCode(200)
                .body("accountId", equalTo(subject.accountId()))
                .body("roles", hasItems("subject"));
    }

    @ParameterizedTest
    @CsvSource({
            "Sh0rt!, at least 8 characters",
            "alllower-case1, both upper-case and lower-case",
            "ALLUPPER-CASE1, both upper-case and lower-case",
            "NoSpecials123, special character" })
    void aWeakPasswordIsRefusedNamingTheRuleAndNoAccountIsStored(String password, String rule) {
        String email = "weak-" + UUID.randomUUID() + "@example.test";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "profileName", "Bob"))
                .post("/api/accounts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString(rule))
                .body("detail", not(containsString(password)));
        assertNull(accountWithEmail(email));
    }

    @Test
    void anEmailAlreadyInUseIsAConflictWhateverItsCase() {
        Subject subject = Subject.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", subject.email().toUpperCase(), "password", Subject.PASSWORD, "profileName", "Eve"))
                .post("/api/accounts").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", not(containsString(subject.email())));
    }

    @Test
    void unknownUnitsAreRefusedWithTheAcceptedOnes() {
        String email = "units-" + UUID.randomUUID() + "@example.test";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Subject.PASSWORD, "profileName", "Bob",
                        "units", Map.of("weight", "pounds", "distance", "km", "height", "cm")))
                .post("/api/accounts").then()
                .statusCode(400)
                .body("detail", containsString("units.weight must be one of kg, lb, st"));
        assertNull(accountWithEmail(email));
    }

    @Test
    void aMissingFieldIsNamedInTheProblem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("password", Subject.PASSWORD, "profileName", "Bob"))
                .post("/api/accounts").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("email"));
    }

    @Test
    void anotherAccountAnswers404AndAnonymousCallersAre401() {
        Subject owner = Subject.create();
        Subject other = Subject.create();
        other.api().get("/api/accounts/{id}", owner.accountId()).then().statusCode(404)
                .contentType("application/problem+json");
        other.api().body(Map.of("name", "Intruder")).post("/api/accounts/{id}/profiles", owner.accountId())
                .then().statusCode(404);
        given().get("/api/accounts/{id}", owner.accountId()).then().statusCode(401)
                .contentType("application/problem+json");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Profile.count("accountId", owner.accountId())));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Subject subject = Subject.create();
        given().auth().preemptive().basic(subject.email(), "Wrong-Passw0rd!")
                .get("/api/accounts/{id}", subject.accountId()).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void aSecondaryProfileIsListedAfterTheMainOne() {
        Subject subject = Subject.create("Parent");
        String child = subject.addProfile("Child");
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles", hasSize(2))
                .body("profiles[0].profileId", equalTo(subject.mainProfileId()))
                .body("profiles[0].main", equalTo(true))
                .body("profiles[1].profileId", equalTo(child))
                .body("profiles[1].main", equalTo(false));
    }

    @Test
    void anAgentMayReadAnAccountButAnAuditorMayNotAddProfiles() {
        Subject subject = Subject.create();
        Staff.create("agent").api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200);
        Staff.create("auditor").api().body(Map.of("name", "X"))
                .post("/api/accounts/{id}/profiles", subject.accountId()).then().statusCode(403);
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().body("profiles", hasSize(1));
    }

    @Transactional
    Account accountWithEmail(String email) {
        return Account.findByEmail(email);
    }
}
