package io.rightsflow.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Art. 13: the version of the privacy notice a person accepted is stored with the account, and asked again when it changes. */
@QuarkusTest
@Tag("database")
class NoticeTest {

    @Inject
    PrivacyNotice notice;

    @Test
    void signUpStoresTheVersionOfTheNoticeAcceptedAndWhen() {
        Subject subject = Subject.create();

        Account account = account(subject.accountId());
        assertEquals(notice.version(), account.noticeVersion);
        assertNotNull(account.noticeAcceptedAt);
        assertEquals(account.createdAt, account.noticeAcceptedAt, "accepted as the account was created");
        subject.api().get("/api/me").then().statusCode(200).body("noticeVersion", equalTo(notice.version()))
                .body("noticeCurrent", equalTo(true)).body("currentNotice", equalTo(notice.version()));
    }

    @Test
    void anAppLearnsTheVersionInForce() {
        given().get("/api/privacy-notice").then().statusCode(200).body("version", equalTo(notice.version()))
                .body("page", equalTo("/privacy-notice"));
        given().get("/privacy-notice").then().statusCode(200).body(containsString(notice.version()));
    }

    @Test
    void aSignUpNamingAnotherVersionIsRefusedNamingTheOneInForceAndCreatesNothing() {
        String email = "notice-" + UUID.randomUUID() + "@example.test";

        given().contentType(ContentType.JSON).body(body(email, "1999-01")).post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("acceptedNotice"))
                .body("currentNotice", equalTo(notice.version())).body("detail", containsString(notice.version()));

        assertNull(QuarkusTransaction.requiringNew().call(() -> Account.findByEmail(email)));
        given().contentType(ContentType.JSON).body(body(email, notice.version())).post("/api/accounts").then()
                .statusCode(201);
    }

    /** A client written before notices were versioned keeps working, and no acceptance is made up for it. */
    @Test
    void aSignUpWithoutTheFieldCreatesTheAccountWithNoNoticeAcceptedAndTheApiKeepsWorking() {
        String email = "notice-" + UUID.randomUUID() + "@example.test";
        Map<String, Object> created = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", Subject.PASSWORD, "profileName", "Old app"))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getMap("");
        given().post(Mailbox.awaitLinkPath(email, Subject.CONFIRMATION_SUBJECT)).then().statusCode(200);
        Subject subject = new Subject(email, Subject.PASSWORD, (String) created.get("accountId"),
                (String) created.get("mainProfileId"));

        assertNull(account(subject.accountId()).noticeVersion);
        subject.api().get("/api/me").then().statusCode(200).body("noticeVersion", nullValue())
                .body("noticeCurrent", equalTo(false));
        subject.api().get("/api/accounts/{id}", subject.accountId()).then().statusCode(200);
        subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));
    }

    @Test
    void afterTheVersionChangedTheApiSaysSoAndAcceptingStoresTheNewVersionOnce() {
        Subject subject = Subject.create();
        olderNotice(subject.accountId());
        subject.api().get("/api/me").then().body("noticeVersion", equalTo("2020-01")).body("noticeCurrent", equalTo(false));
        // data-rights requests never wait for the notice
        subject.fileRequest(Map.of("type", "ACCESS", "profileId", subject.mainProfileId()));

        subject.api().body(Map.of("version", "2020-01")).post("/api/me/notice").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("version"))
                .body("detail", containsString(notice.version()));
        assertEquals("2020-01", account(subject.accountId()).noticeVersion);

        subject.api().body(Map.of("version", notice.version())).post("/api/me/notice").then().statusCode(200)
                .body("noticeVersion", equalTo(notice.version())).body("noticeCurrent", equalTo(true));
        Instant accepted = account(subject.accountId()).noticeAcceptedAt;
        assertEquals(notice.version(), account(subject.accountId()).noticeVersion);
        subject.api().body(Map.of("version", notice.version())).post("/api/me/notice").then().statusCode(200);
        assertEquals(accepted, account(subject.accountId()).noticeAcceptedAt, "accepting again changes nothing");
        subject.api().get("/api/me").then().body("noticeCurrent", equalTo(true));
    }

    @Test
    void afterAcceptingThePageGoesOnOnlyToAPageOfOurs() {
        assertEquals("/settings?tab=a%20b", NoticePage.ownPath("/settings?tab=a%20b"));
        for (String elsewhere : new String[] { null, "https://evil.example/", "//evil.example/", "/\\evil.example",
                "/account/notice?then=/x", "/a b" }) {
            assertEquals("/", NoticePage.ownPath(elsewhere), elsewhere);
        }
    }

    /** The notice's version changed since the account accepted it: the account is left with an older one. */
    static void olderNotice(String accountId) {
        QuarkusTransaction.requiringNew().run(() -> Account.update(
                "noticeVersion = ?1, noticeAcceptedAt = ?2 where id = ?3", "2020-01", Instant.parse("2020-01-15T10:00:00Z"),
                accountId));
    }

    static Account account(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(accountId));
    }

    private static Map<String, Object> body(String email, String acceptedNotice) {
        return Map.of("email", email, "password", Subject.PASSWORD, "profileName", "Alex", "acceptedNotice", acceptedNotice);
    }
}
