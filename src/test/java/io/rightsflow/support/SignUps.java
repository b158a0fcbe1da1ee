package io.rightsflow.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;

/**
 * Sign-up on a packaged service (ServiceProcess) whose mail goes to a GreenMail of the test: the
 * account is confirmed the way its owner does it, with the link mailed to its address.
 */
public final class SignUps {

    private SignUps() {
    }

    /** Creates and confirms the account; returns the sign-up's answer, {accountId, mainProfileId}. */
    public static Map<String, String> confirmed(String baseUri, GreenMail smtp, String email, String password,
            String profileName) {
        String notice = given().baseUri(baseUri).get("/api/privacy-notice").then().statusCode(200).extract()
                .path("version");
        Map<String, String> created = given().baseUri(baseUri).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "profileName", profileName, "acceptedNotice", notice))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getMap("");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> confirmationMail(smtp, email) != null);
        try {
            String link = Mailbox.linkPath(Mailbox.plainText(confirmationMail(smtp, email)));
            // The mail leaves a moment before its step commits the link: a person is never that quick.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> given().baseUri(baseUri).get(link).statusCode() == 200);
            given().baseUri(baseUri).post(link).then().statusCode(200);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return created;
    }

    private static MimeMessage confirmationMail(GreenMail smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email)
                        && m.getSubject().contains(Subject.CONFIRMATION_SUBJECT);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElse(null);
    }
}
