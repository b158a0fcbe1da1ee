package io.rightsflow.consent;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.audit.AuditEvent;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Consent to the purposes that rest on it: off until given, recorded, withdrawn at once and without review. */
@QuarkusTest
class ConsentTest {

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void anExtractHoldsNobodyWithoutConsentThenThePersonWhoConsentsAndNotAfterTheyWithdraw() {
        Subject subject = Subject.create();
        weighIn(subject, subject.mainProfileId());
        String ref = pseudonyms.of(subject.mainProfileId());
        extract("research").body("rows.profileRef", not(hasItem(ref)));
        extract("product-improvement").body("rows.profileRef", not(hasItem(ref)));

        subject.consentTo("research");

        extract("research").body("rows.profileRef", hasItem(ref));
        extract("product-improvement").body("rows.profileRef", not(hasItem(ref)));

        subject.api().delete("/api/profiles/{id}/consents/research", subject.mainProfileId()).then().statusCode(200)
                .body("given", equalTo(false));

        extract("research").body("rows.profileRef", not(hasItem(ref)));
    }

    @Test
    void theMarketingAudienceHoldsAnAccountOnlyWhileItsHolderConsents() {
        Subject subject = Subject.create();
        String ref = pseudonyms.of(subject.accountId());
        extract("direct-marketing").body("rows.accountRef", not(hasItem(ref)));

        subject.consentTo("direct-marketing");
        extract("direct-marketing").body("rows.accountRef", hasItem(ref));

        subject.api().delete("/api/profiles/{id}/consents/direct-marketing", subject.mainProfileId()).then()
                .statusCode(200);
        extract("direct-marketing").body("rows.accountRef", not(hasItem(ref)));
    }

    @Test
    void everyChangeIsRecordedWithItsTimeChannelAndNoticeAndTheAuditTrailSaysSoWithoutPersonalData() {
        Subject subject = Subject.create();
        subject.consentTo("research");
        subject.api().delete("/api/profiles/{id}/consents/research", subject.mainProfileId()).then().statusCode(200);

        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().statusCode(200)
                .body("child", equalTo(false))
                .body("purposes.find { it.purpose == 'research' }.basis", equalTo("consent"))
                .body("purposes.find { it.purpose == 'research' }.given", equalTo(false))
                .body("purposes.find { it.purpose == 'service' }.basis", equalTo("contract"))
                .body("purposes.find { it.purpose == 'service' }.given", nullValue())
                .body("purposes.find { it.purpose == 'challenges' }.basis", equalTo("legitimate-interest"))
                .body("history", hasSize(2))
                .body("history[0].given", equalTo(true))
                .body("history[0].channel", equalTo("API"))
                .body("history[0].noticeVersion", notNullValue())
                .body("history[0].since", notNullValue())
                .body("history[1].given", equalTo(false));
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "profileId = ?1 and kind like 'CONSENT_%' order by id", subject.mainProfileId()));
        assertEquals(List.of("CONSENT_GIVEN", "CONSENT_WITHDRAWN"), events.stream().map(e -> e.kind).toList());
        assertEquals("subject:" + subject.accountId(), events.get(0).actor);
        events.forEach(e -> assertThat(e.detail, allOf(containsString("purpose=research channel=API"),
                not(containsString(subject.email())))));
    }

    @Test
    void onlyThePersonGivesConsentWhileAnAgentTheyToldMayWithdrawIt() {
        Subject subject = Subject.create();
        Staff agent = Staff.create("agent");
        agent.api().put("/api/profiles/{id}/consents/research", subject.mainProfileId()).then().statusCode(403);
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().body("history", hasSize(0));

        subject.consentTo("research");
        agent.api().delete("/api/profiles/{id}/consents/research", subject.mainProfileId()).then().statusCode(200)
                .body("given", equalTo(false));
    }

    @Test
    void whatRestsOnAnotherBasisHasNoConsentAndTheUnknownAndOthersProfilesChangeNothing() {
        Subject subject = Subject.create();
        Subject stranger = Subject.create();

        subject.api().put("/api/profiles/{id}/consents/service", subject.mainProfileId()).then().statusCode(409)
                .body("detail", containsString("rests on contract"));
        subject.api().delete("/api/profiles/{id}/consents/challenges", subject.mainProfileId()).then().statusCode(409)
                .body("detail", containsString("object to it instead"));
        subject.api().put("/api/profiles/{id}/consents/gossip", subject.mainProfileId()).then().statusCode(404)
                .body("detail", containsString("research"));
        stranger.api().put("/api/profiles/{id}/consents/research", subject.mainProfileId()).then().statusCode(404);

        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().body("history", hasSize(0));
    }

    @Test
    void aProfilePendingDeletionCanWithdrawButNotGive() {
        Subject subject = Subject.create();
        String kim = subject.addProfile("Kim");
        subject.consentTo(kim, "research");
        subject.eraseProfile(kim);

        subject.api().put("/api/profiles/{id}/consents/product-improvement", kim).then().statusCode(409);
        subject.api().delete("/api/profiles/{id}/consents/research", kim).then().statusCode(200)
                .body("given", equalTo(false));
    }

    private static io.restassured.response.ValidatableResponse extract(String purpose) {
        return Staff.ADMIN.api().get("/api/extracts/" + purpose).then().statusCode(200);
    }

    static void weighIn(Subject subject, String profileId) {
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
    }
}
