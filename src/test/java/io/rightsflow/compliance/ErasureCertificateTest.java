package io.rightsflow.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Seed;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureCertificateTest {

    /** Stands in for the partner apps the subject is linked to. */
    final PartnerServer partners = PartnerServer.get();


    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void anErasureLeavesACertificateWithCountsAndPartnersThatOnlyTheHolderOfTheIdCanFind() {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Very Personal Name");
        Seed.everyKindOfData(subject, profile);
        subject.api().body(Map.of("partner", "google-fit")).post("/api/profiles/{id}/partners", profile).then()
                .statusCode(201);
        String requestId = subject.eraseProfile(profile);
        String process = Processes.ofRequest(requestId);
        Processes.awaitWaitingAt(runtime, process, "Event_GracePeriodExpired");
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));
        Processes.awaitEnded(history, process);

        Staff auditor = Staff.create("auditor");
        String certificate = auditor.api().get("/api/audit/erasures/{id}", requestId).then().statusCode(200)
                .body("scope", equalTo("PROFILE"))
                .body("deleted", containsString("measurements=12"))
                .body("deleted", containsString("devices=4"))
                .body("partners", equalTo("Google Fit"))
                .body("requestedAt", notNullValue())
                .body("completedAt", notNullValue())
                .body("subjectHash", not(containsString(profile)))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(certificate.contains(profile) || certificate.contains("Very Personal")
                || certificate.contains(subject.email()), certificate);
        auditor.api().get("/api/audit/erasures?subjectId={id}", profile).then().statusCode(200)
                .body("requestId", equalTo(java.util.List.of(requestId)));
        auditor.api().get("/api/audit/erasures?subjectId={id}", subject.mainProfileId()).then().body("", hasSize(0));
        auditor.api().get("/api/audit/erasures").then().statusCode(400).body("detail", containsString("subjectId"));
    }
}
