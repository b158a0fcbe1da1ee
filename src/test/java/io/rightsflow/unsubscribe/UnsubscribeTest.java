package io.rightsflow.unsubscribe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Processes;
import io.rightsflow.support.RealSmtpProfile;
import io.rightsflow.support.Rows;
import io.rightsflow.support.SmtpServer;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Marketing mails as they reach a real SMTP server, and their unsubscribe link: the page, its form, the one click. */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class UnsubscribeTest {

    private static final String SUBJECT = "News from your health devices";
    private static final Pattern LINK = Pattern.compile("<(https?://[^/>]+)(/unsubscribe/[A-Za-z0-9_-]+)>");

    final SmtpServer smtp = new SmtpServer();

    @Inject
    AgroalDataSource db;

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
    void aTipReachesAConsentingAccountInTheMarketingLayoutWithBothHeadersAndNobodyWithoutConsent() throws Exception {
        Subject consenting = consenting();
        Subject silent = Subject.create();

        MimeMessage tip = awaitMail(consenting, broadcast("tips"));

        String listUnsubscribe = tip.getHeader("List-Unsubscribe", null);
        Matcher link = LINK.matcher(listUnsubscribe);
        assertTrue(link.matches(), listUnsubscribe);
        assertEquals("http://localhost:8081", link.group(1), "the public base URL of the other mail links");
        assertEquals("List-Unsubscribe=One-Click", tip.getHeader("List-Unsubscribe-Post", null));
        String text = Mailbox.plainText(tip);
        assertTrue(text.contains("Your right to object: you may object to direct marketing at any time"), text);
        assertTrue(text.contains("Unsubscribe from tips and product news: " + link.group(1) + link.group(2)), text);
        assertFalse(text.contains("request about your data"), "no footer of data-rights mails: " + text);
        String token = link.group(2).substring("/unsubscribe/".length());
        assertEquals(0, Rows.mentioning(db, token), "only the link's hash is stored");

        assertTrue(tips(silent).isEmpty(), "no consent, no tips");
        silent.api().get("/api/accounts/{id}/timeline", silent.accountId()).then().body("kind", hasSize(0));
    }

    @Test
    void theLinkShowsAPageThatChangesNothingAndItsFormStopsTipsAndNewsAtOnce() throws Exception {
        Subject consenting = consenting();
        Subject control = consenting();
        String path = unsubscribePath(awaitMail(consenting, broadcast("tips")));

        Response page = given().get(path);
        page.then().statusCode(200).body(containsString("Stop tips and product news"))
                .body(containsString("Stop marketing emails"));
        assertConsent(consenting, true, "API");

        Matcher field = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page.asString());
        assertTrue(field.find(), "the form carries its token");
        String csrf = field.group(1);
        given().cookie("rightsflow-csrf", page.getCookie("rightsflow-csrf")).header("Origin", "http://localhost:8081")
                .formParam("csrf", csrf).post(path)
                .then().statusCode(200).body(containsString("You will get no more tips or product news"));

        assertConsent(consenting, false, "UNSUBSCRIBE_LINK");
        assertNothingMoreReaches(consenting, control);
    }

    @Test
    void theOneClickPostOfAMailClientWithoutCookieOrTokenUnsubscribesAndRepeatingItIsHarmless() throws Exception {
        Subject consenting = consenting();
        Subject control = consenting();
        String path = unsubscribePath(awaitMail(consenting, broadcast("product-news")));

        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(path).then().statusCode(200);
        assertConsent(consenting, false, "UNSUBSCRIBE_LINK");
        // some mail clients send it as multipart/form-data (RFC 8058 prefers it), and again
        given().multiPart("List-Unsubscribe", "One-Click").post(path).then().statusCode(200);

        consenting.api().get("/api/profiles/{id}/consents", consenting.mainProfileId()).then()
                .body("history.findAll { it.purpose == 'DIRECT_MARKETING' && !it.given }", hasSize(1));
        assertNothingMoreReaches(consenting, control);
    }

    @Test
    void aPostWithoutTheFormTokenOrFromAnotherSiteOrWithABadTokenChangesNothing() throws Exception {
        Subject consenting = consenting();
        String path = unsubscribePath(awaitMail(consenting, broadcast("tips")));

        given().contentType(ContentType.URLENC).body("List-Unsubscribe=Yes").post(path).then().statusCode(403);
        given().contentType(ContentType.URLENC).body("unsubscribe=1").post(path).then().statusCode(403);
        given().header("Origin", "https://evil.example").contentType(ContentType.URLENC)
                .body("List-Unsubscribe=One-Click").post(path).then().statusCode(403);
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(path + "/more")
                .then().statusCode(404);
        String wrong = "/unsubscribe/" + "A".repeat(43);
        given().get(wrong).then().statusCode(404).body(containsString("nothing was changed"))
                .body(containsString("notification center"));
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(wrong).then().statusCode(404);
        // the token of another kind of link does not unsubscribe, nor does this one work on their pages
        given().get("/links/" + path.substring("/unsubscribe/".length())).then().statusCode(404);
        given().post("/links/" + path.substring("/unsubscribe/".length())).then().statusCode(404);

        assertConsent(consenting, true, "API");
    }

    @Test
    void anObjectionToDirectMarketingStopsTipsAtOnce() throws Exception {
        Subject objecting = consenting();
        Subject control = consenting();
        awaitMail(objecting, broadcast("tips"));

        objecting.fileRequest(Map.of("type", "OBJECTION", "profileId", objecting.mainProfileId(),
                "purposes", List.of("DIRECT_MARKETING")));

        assertNothingMoreReaches(objecting, control);
    }

    @Test
    void aChallengeUpdateKeepsTheUsualLayoutAndHasNoUnsubscribeHeader() throws Exception {
        Subject organiser = Subject.create();
        Subject invitee = consenting();
        String challenge = organiser.api().body(Map.of("name", "Steps", "profileId", organiser.mainProfileId()))
                .post("/api/challenges").then().statusCode(201).extract().path("id");
        organiser.api().body(Map.of("email", invitee.email())).post("/api/challenges/{id}/invitations", challenge)
                .then().statusCode(201);

        MimeMessage update = awaitMail(invitee, "You are invited to a challenge");

        assertNull(update.getHeader("List-Unsubscribe"));
        assertNull(update.getHeader("List-Unsubscribe-Post"));
        String text = Mailbox.plainText(update);
        assertTrue(text.contains("You get this because it is on in your notification settings"), text);
        assertFalse(text.contains("/unsubscribe/"), text);
    }

    @Test
    void aTipRetriedThroughAnSmtpOutageArrivesOnceAndItsLinkWorks() throws Exception {
        Subject consenting = consenting();
        smtp.stop();
        long failedBefore = failedSends();
        String title = broadcast("tips");
        await().atMost(Processes.PATIENCE).until(() -> failedSends() >= failedBefore + 2);

        smtp.start();
        String path = unsubscribePath(awaitMail(consenting, title));
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").post(path).then().statusCode(200);

        assertConsent(consenting, false, "UNSUBSCRIBE_LINK");
        Thread.sleep(3000); // longer than the retry interval: a second mail would have arrived by now
        assertEquals(1, tips(consenting).size());
    }

    private long failedSends() {
        return history.createHistoricJobLogQuery().processDefinitionKey("notification")
                .activityIdIn("Task_SendNotificationMail").failureLog().count();
    }

    /** A new account whose holder gave consent to direct marketing, as the API lets them. */
    private static Subject consenting() {
        Subject subject = Subject.create();
        subject.api().put("/api/profiles/{id}/consents/direct-marketing", subject.mainProfileId()).then()
                .statusCode(200).body("given", equalTo(true));
        return subject;
    }

    /** Broadcasts a tip or product news with a title of its own, and returns the title. */
    private static String broadcast(String kind) {
        String title = kind + " " + System.nanoTime();
        Staff.ADMIN.api().body(Map.of("title", title, "text", "Drink water.")).post("/api/notifications/{kind}", kind)
                .then().statusCode(200);
        return title;
    }

    /** The next tip and the next product news reach the control account, and not this one, nor its timeline. */
    private void assertNothingMoreReaches(Subject stopped, Subject control) throws Exception {
        int before = tips(stopped).size();
        String tip = broadcast("tips");
        String news = broadcast("product-news");
        awaitMail(control, tip);
        awaitMail(control, news);
        assertEquals(before, tips(stopped).size(), "no tip or news after stopping them");
        stopped.api().get("/api/accounts/{id}/timeline", stopped.accountId()).then()
                .body("findAll { it.title == '" + tip + "' || it.title == '" + news + "' }", hasSize(0));
    }

    private static void assertConsent(Subject subject, boolean given, String channel) {
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().statusCode(200)
                .body("purposes.find { it.purpose == 'direct-marketing' }.given", equalTo(given))
                .body("purposes.find { it.purpose == 'direct-marketing' }.channel", equalTo(channel));
    }

    private MimeMessage awaitMail(Subject to, String containing) throws Exception {
        await().atMost(Processes.PATIENCE).until(() -> mail(to, containing) != null);
        return mail(to, containing);
    }

    private MimeMessage mail(Subject to, String containing) throws Exception {
        for (MimeMessage message : smtp.messages(to.email(), "")) {
            if (message.getSubject().contains(containing) || Mailbox.plainText(message).contains(containing)) {
                return message;
            }
        }
        return null;
    }

    private List<MimeMessage> tips(Subject to) {
        return smtp.messages(to.email(), SUBJECT);
    }

    private static String unsubscribePath(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(mail.getHeader("List-Unsubscribe", null));
        assertTrue(link.matches());
        return link.group(2);
    }
}
