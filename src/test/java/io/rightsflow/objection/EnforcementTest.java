package io.rightsflow.objection;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import io.rightsflow.system.ProblemException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Every purpose a person can object to is refused where Rightsflow would process for it, consent or not. */
@QuarkusTest
class EnforcementTest {

    @Inject
    ProcessingPolicy policy;

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void theDirectMarketingAudienceLeavesOutTheAccountOfAnyProfileThatObjectsEvenWithTheHoldersConsent() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        subject.consentTo("direct-marketing");
        String ref = pseudonyms.of(subject.accountId());
        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().body("rows.accountRef", hasItem(ref));

        subject.fileRequest(Map.of("type", "OBJECTION", "profileId", child, "purposes", List.of("DIRECT_MARKETING")));

        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().body("rows.accountRef", not(hasItem(ref)));
    }

    @Test
    void anObjectionToChallengesIsRefusedByThePolicyCheckWhileTheServiceItselfGoesOn() {
        Subject subject = Subject.create();
        ObjectionProcessTest.object(subject, List.of("CHALLENGES"));

        ProblemException refused = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> policy.require(subject.mainProfileId(), Purpose.CHALLENGES)));
        assertEquals(409, refused.problem().status());
        assertThat(refused.getMessage(), containsString("restricted by objection"));
        QuarkusTransaction.requiringNew().run(() -> policy.require(subject.mainProfileId(), Purpose.SERVICE));
    }

    @Test
    void aConsentDoesNotLiftAnObjectionToDirectMarketing() {
        Subject subject = Subject.create();
        ObjectionProcessTest.object(subject, List.of("DIRECT_MARKETING"));

        subject.consentTo("direct-marketing");

        assertFalse(policy.allows(subject.mainProfileId(), Purpose.DIRECT_MARKETING));
        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then()
                .body("rows.accountRef", not(hasItem(pseudonyms.of(subject.accountId()))));
    }

    @Test
    void extractsAreForAdminsOnlyAndUnknownOnesAreNamed() {
        Subject.create().api().get("/api/extracts/research").then().statusCode(403);
        Staff.create("agent").api().get("/api/extracts/research").then().statusCode(403);
        Staff.ADMIN.api().get("/api/extracts/gossip").then().statusCode(404)
                .body("detail", containsString("research, product-improvement and direct-marketing"));
    }
}
