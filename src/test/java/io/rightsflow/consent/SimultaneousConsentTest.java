package io.rightsflow.consent;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.Simultaneously;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A double click on "give" or "withdraw": the unique key of the records lets one change through, and both calls answer alike. */
@QuarkusTest
@Tag("database")
class SimultaneousConsentTest {

    @Test
    void twoGivingsAtTheSameInstantLeaveOneRecord() throws Exception {
        Subject subject = Subject.create();

        List<Response> answers = Simultaneously.twice(() -> subject.api()
                .put("/api/profiles/{id}/consents/{purpose}", subject.mainProfileId(), "research"));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.asString()));
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().body("history", hasSize(1));
    }

    @Test
    void twoWithdrawalsAtTheSameInstantLeaveOneRecord() throws Exception {
        Subject subject = Subject.create();
        subject.consentTo("research");

        List<Response> answers = Simultaneously.twice(() -> subject.api()
                .delete("/api/profiles/{id}/consents/{purpose}", subject.mainProfileId(), "research"));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.asString()));
        subject.api().get("/api/profiles/{id}/consents", subject.mainProfileId()).then().body("history", hasSize(2));
    }
}
