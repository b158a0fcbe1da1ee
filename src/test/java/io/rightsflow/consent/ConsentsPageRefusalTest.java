package io.rightsflow.consent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Year;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** What the consent page refuses, over plain HTTP with a signed-in session and its form token: nothing changes. */
@QuarkusTest
class ConsentsPageRefusalTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aProfileOfAnotherAccountAnswersTheNotFoundPageAndGetsNoConsent() {
        Subject other = Subject.create();
        Session session = Session.of(Subject.create());

        Response answer = session.post(other.mainProfileId(), "research", "true");

        assertThat(answer.statusCode(), equalTo(404));
        assertThat(answer.contentType(), containsString("text/html"));
        assertThat(answer.body().asString(), containsString("We could not find this"));
        assertThat(history(other, other.mainProfileId()), is(empty()));
    }

    @Test
    void aPurposeOnContractIsRefusedWithWhyAndNothingIsRecorded() {
        Subject subject = Subject.create();
        Session session = Session.of(subject);

        Response answer = session.post(subject.mainProfileId(), "service", "true");

        assertThat(answer.statusCode(), equalTo(400));
        assertThat(answer.body().asString(), allOf(containsString("does not rest on your consent"),
                containsString("needed to provide the service you signed up for"),
                containsString("nothing was changed")));
        assertThat(session.post(subject.mainProfileId(), "service", "false").statusCode(), equalTo(400));
        assertThat(history(subject, subject.mainProfileId()), is(empty()));
    }

    @Test
    void aPurposeOnLegitimateInterestIsRefusedAndSaysHowToObject() {
        Subject subject = Subject.create();

        Response answer = Session.of(subject).post(subject.mainProfileId(), "challenges", "true");

        assertThat(answer.statusCode(), equalTo(400));
        assertThat(answer.body().asString(), allOf(containsString("legitimate interest"),
                containsString("you may object to it"), containsString("My requests")));
        assertThat(history(subject, subject.mainProfileId()), is(empty()));
    }

    @Test
    void anUnknownPurposeOrAFormWithoutItsChoiceChangesNothing() {
        Subject subject = Subject.create();
        Session session = Session.of(subject);

        assertThat(session.post(subject.mainProfileId(), "gossip", "true").statusCode(), equalTo(404));
        Response unclear = session.post(subject.mainProfileId(), "research", "yes");
        assertThat(unclear.statusCode(), equalTo(400));
        assertThat(unclear.body().asString(), containsString("did not say whether to give or to withdraw"));
        assertThat(history(subject, subject.mainProfileId()), is(empty()));
    }

    @Test
    void aGivingAnsweredWithTheConfirmationRecordsTheAccountPageOnceHoweverOftenItIsSent() {
        Subject subject = Subject.create();
        Session session = Session.of(subject);

        Response given = session.post(subject.mainProfileId(), "research", "true");
        assertThat(given.statusCode(), equalTo(303));
        assertThat(given.header("Location"), containsString("/account/consents?done=given&purpose=research"));
        assertThat(session.post(subject.mainProfileId(), "research", "true").header("Location"),
                containsString("done=unchanged"));

        assertThat(session.page(given.header("Location")), containsString("Your consent to Research is given."));
        List<Map<String, Object>> history = history(subject, subject.mainProfileId());
        assertThat(history.size(), equalTo(1));
        assertThat(history.get(0).get("channel"), equalTo((Object) "ACCOUNT_PAGE"));
    }

    @Test
    void aConsentInForceIsShownStoppedWhileAnObjectionStandsAndThePageSaysWhy() {
        Subject subject = Subject.create();
        subject.consentTo("direct-marketing");
        Session session = Session.of(subject);
        assertThat(session.page("/account/consents"), not(containsString("Stopped all the same")));

        subject.fileRequest(Map.of("type", "OBJECTION", "profileId", subject.mainProfileId(),
                "purposes", List.of("DIRECT_MARKETING")));

        assertThat(session.page("/account/consents"), containsString("Stopped all the same while your objection"));
    }

    @Test
    void aProfilePendingDeletionCanWithdrawButNotGive() {
        Subject subject = Subject.create();
        String junior = subject.addProfile("Junior");
        subject.api().put("/api/profiles/{id}/consents/research", junior).then().statusCode(200);
        subject.eraseProfile(junior);
        await().atMost(Processes.PATIENCE).until(() -> "PENDING_DELETION".equals(status(subject, junior)));
        Session session = Session.of(subject);
        assertThat(session.page("/account/consents"), containsString("you can withdraw a consent, but not give one"));

        Response give = session.post(junior, "product-improvement", "true");
        assertThat(give.statusCode(), equalTo(409));
        assertThat(give.body().asString(), containsString("pending deletion, so no new consent can be given"));
        assertThat(session.post(junior, "research", "false").statusCode(), equalTo(303));

        List<Map<String, Object>> history = history(subject, junior);
        assertThat(history.size(), equalTo(2));
        assertThat(history.get(1).get("given"), equalTo((Object) false));
        assertThat(history.get(1).get("channel"), equalTo((Object) "ACCOUNT_PAGE"));
        assertThat(history.stream().noneMatch(c -> "product-improvement".equals(c.get("purpose"))
                || "PRODUCT_IMPROVEMENT".equals(c.get("purpose"))), is(true));
    }

    @Test
    void aChildsProfileSaysTheHolderDecidesOnItsBehalfAndTheRecordSaysSo() throws Exception {
        Subject subject = Subject.create();
        String child = subject.addProfile("Kim");
        try (var connection = db.getConnection();
                var update = connection.prepareStatement("update profile set birth_year = ? where id = ?")) {
            update.setInt(1, Year.now().getValue() - 10);
            update.setString(2, child);
            assertThat(update.executeUpdate(), equalTo(1));
        }
        Session session = Session.of(subject);
        String page = session.page("/account/consents");
        assertThat(page, containsString("This is a child's profile"));

        assertThat(session.post(child, "research", "true").statusCode(), equalTo(303));

        assertThat(history(subject, child).get(0).get("onBehalf"), equalTo((Object) true));
        assertThat(session.page("/account/consents"), containsString("on the child's behalf"));
        assertThat(history(subject, subject.mainProfileId()), is(empty()));
    }

    private static List<Map<String, Object>> history(Subject subject, String profileId) {
        return subject.api().get("/api/profiles/{id}/consents", profileId).then().statusCode(200)
                .extract().jsonPath().getList("history");
    }

    private static String status(Subject subject, String profileId) {
        List<Map<String, Object>> profiles = subject.api().get("/api/accounts/{id}", subject.accountId())
                .then().statusCode(200).extract().jsonPath().getList("profiles");
        return profiles.stream().filter(p -> profileId.equals(p.get("profileId"))).map(p -> (String) p.get("status"))
                .findFirst().orElse(null);
    }

    /** A browser's session without the browser: the session cookie, the form-token cookie and the page's token. */
    record Session(String session, String csrfCookie) {

        static Session of(Subject subject) {
            var login = given().get("/login");
            String csrfCookie = login.cookie("rightsflow-csrf");
            String token = login.htmlPath().getString("**.find { it.@name == 'csrf' }.@value");
            String session = given().cookie("rightsflow-csrf", csrfCookie).header("Origin", Browser.baseUrl())
                    .formParam("csrf", token).formParam("email", subject.email())
                    .formParam("password", subject.password()).redirects().follow(false).post("/login")
                    .then().statusCode(303).extract().cookie("rightsflow-session");
            return new Session(session, csrfCookie);
        }

        String page(String path) {
            return given().cookie("rightsflow-session", session).cookie("rightsflow-csrf", csrfCookie).get(path)
                    .then().statusCode(200).extract().body().asString();
        }

        /** Posts the page's form for this profile and purpose, with the token the page gives. */
        Response post(String profileId, String purpose, String give) {
            String token = given().cookie("rightsflow-session", session).cookie("rightsflow-csrf", csrfCookie)
                    .get("/account/consents").then().statusCode(200).extract().htmlPath()
                    .getString("**.find { it.@name == 'csrf' }.@value");
            return given().cookie("rightsflow-session", session).cookie("rightsflow-csrf", csrfCookie)
                    .header("Origin", Browser.baseUrl()).formParam("csrf", token).formParam("give", give)
                    .redirects().follow(false).post("/account/consents/{profile}/{purpose}", profileId, purpose);
        }
    }
}
