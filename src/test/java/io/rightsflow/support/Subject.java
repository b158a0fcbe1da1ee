package io.rightsflow.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A data subject with a fresh, confirmed account, logged in over HTTP Basic. */
public record Subject(String email, String password, String accountId, String mainProfileId) {

    public static final String PASSWORD = "Correct-Horse-9";
    public static final String CONFIRMATION_SUBJECT = "Confirm your email address";

    public static Subject create() {
        return create("main profile");
    }

    public static Subject create(String profileName) {
        return create(profileName, Map.of("weight", "kg", "distance", "km", "height", "cm"));
    }

    /** An account that sees its data in these units, e.g. {weight: lb, distance: mi, height: ft-in}. */
    public static Subject create(String profileName, Map<String, String> units) {
        return Mailbox.reading(mail -> {
            Subject subject = signUp(profileName, units);
            given().post(mail.latestLinkPath(subject.email(), CONFIRMATION_SUBJECT)).then().statusCode(200);
            return subject;
        });
    }

    /**
     * An account as sign-up leaves it: unconfirmed until the link mailed to its address is followed.
     * Its holder accepted the privacy notice in force, as a person who signs up in an app does.
     */
    public static Subject signUp(String profileName, Map<String, String> units) {
        String email = "subject-" + UUID.randomUUID() + "@example.test";
        Map<String, String> created = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "profileName", profileName, "units", units,
                        "acceptedNotice", currentNotice()))
                .post("/api/accounts")
                .then().statusCode(201)
                .extract().jsonPath().getMap("");
        return new Subject(email, PASSWORD, created.get("accountId"), created.get("mainProfileId"));
    }

    /** The version of the privacy notice in force, as an app learns it. */
    public static String currentNotice() {
        return given().get("/api/privacy-notice").then().statusCode(200).extract().path("version");
    }

    public static Subject signUp() {
        return signUp("main profile", Map.of("weight", "kg", "distance", "km", "height", "cm"));
    }

    /** The path of the link in the (latest) address confirmation mail to this subject. */
    public String confirmationLink() {
        return Mailbox.awaitLinkPath(email, CONFIRMATION_SUBJECT);
    }

    /** The same subject with another password (after a change or a reset). */
    public Subject withPassword(String newPassword) {
        return new Subject(email, newPassword, accountId, mainProfileId);
    }

    public RequestSpecification api() {
        return given().auth().preemptive().basic(email, password).contentType(ContentType.JSON);
    }

    public String addProfile(String name) {
        return api().body(Map.of("name", name)).post("/api/accounts/{id}/profiles", accountId)
                .then().statusCode(201).extract().path("profileId");
    }

    /** A secondary profile that says its year of birth (a child's, when under the age of digital consent). */
    public String addProfile(String name, int birthYear) {
        return api().body(Map.of("name", name, "birthYear", birthYear)).post("/api/accounts/{id}/profiles", accountId)
                .then().statusCode(201).extract().path("profileId");
    }

    public String addDevice(String profileId, String product) {
        return api().body(Map.of("product", product)).post("/api/profiles/{id}/devices", profileId)
                .then().statusCode(201).extract().path("deviceId");
    }

    /** Gives consent to a purpose (its id, e.g. research) for the main profile, as the person would on the API. */
    public void consentTo(String purpose) {
        consentTo(mainProfileId, purpose);
    }

    public void consentTo(String profileId, String purpose) {
        api().put("/api/profiles/{id}/consents/{purpose}", profileId, purpose).then().statusCode(200);
    }

    public String fileRequest(Map<String, Object> body) {
        return api().body(body).post("/api/requests").then().statusCode(201).extract().path("id");
    }

    public String eraseProfile(String profileId) {
        return fileRequest(Map.of("type", "PROFILE_ERASURE", "profileId", profileId));
    }
}
