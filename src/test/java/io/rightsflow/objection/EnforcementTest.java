package io.rightsflow.objection;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Every purpose a person can object to is refused where Rightsflow would process for it. */
@QuarkusTest
class EnforcementTest {

    @Inject
    ProcessingPolicy policy;

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void theResearchAndProductImprovementExtractsLeaveARestrictedProfileOut() {
        Subject subject = Subject.create();
        weighIn(subject);
        String ref = pseudonyms.of(subject.mainProfileId());
        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200).body("rows.profileRef", hasItem(ref));
        Staff.ADMIN.api().get("/api/extracts/product-improvement").then().body("rows.profileRef", hasItem(ref));

        ObjectionProcessTest.object(subject, List.of("RESEARCH"));

        Staff.ADMIN.api().get("/api/extracts/research").then().body("rows.profileRef", not(hasItem(ref)));
        Staff.ADMIN.api().get("/api/extracts/product-improvement").then().body("rows.profileRef", hasItem(ref));
        ObjectionProcessTest.object(subject, List.of("PRODUCT_IMPROVEMENT"));
        Staff.ADMIN.api().get("/api/extracts/product-improvement").then().body("rows.profileRef", not(hasItem(ref)));
    }

    @Test
    void theDirectMarketingAudienceLeavesOutTheAccountOfAnyProfileThatObjects() {
        Subject subject = Subject.create();
        String child = subject.addProfile("Charlie");
        String ref = pseudonyms.of(subject.accountId());
        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().body("rows.accountRef", hasItem(ref));

        subject.fileRequest(Map.of("type", "OBJECTION", "profileId", child, "purposes", List.of("DIRECT_MARKETING")));

        Staff.ADMIN.api().get("/api/extracts/direct-marketing").then().body("rows.accountRef", not(hasItem(ref)));
    }

    @Test
    void partnerAndDashboardSharingAreRefusedByThePolicyCheckThoseFeaturesCall() {
        Subject subject = Subject.create();
        ObjectionProcessTest.object(subject, List.of("PARTNER_SHARING", "DASHBOARD_SHARING"));

        for (Purpose purpose : List.of(Purpose.PARTNER_SHARING, Purpose.DASHBOARD_SHARING)) {
            ProblemException refused = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew()
                    .run(() -> policy.require(subject.mainProfileId(), purpose)));
            assertEquals(409, refused.problem().status());
        }
        QuarkusTransaction.requiringNew().run(() -> policy.require(subject.mainProfileId(), Purpose.RESEARCH));

        // the features themselves ask the policy: linking a partner and sharing the dashboard are refused
        subject.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", subject.mainProfileId())
                .then().statusCode(409).body("detail", containsString("PARTNER_SHARING"));
        subject.api().body(Map.of("email", Subject.create().email())).post("/api/profiles/{id}/shares",
                subject.mainProfileId()).then().statusCode(409).body("detail", containsString("DASHBOARD_SHARING"));
    }

    @Test
    void extractsAreForAdminsOnlyAndUnknownOnesAreNamed() {
        Subject.create().api().get("/api/extracts/research").then().statusCode(403);
        Staff.create("agent").api().get("/api/extracts/research").then().statusCode(403);
        Staff.ADMIN.api().get("/api/extracts/gossip").then().statusCode(404)
                .body("detail", containsString("research, product-improvement and direct-marketing"));
    }

    private static void weighIn(Subject subject) {
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
    }
}
