package io.rightsflow.request;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgentFilingTest {

    @Test
    void anAgentsRequestWithoutATicketIsRefusedNamingTheFieldAndNothingIsFiled() {
        Subject subject = Subject.create();
        Map<String, Object> body = without("ticket");
        body.put("profileId", subject.mainProfileId());
        Staff.create("agent").api().body(body).post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("ticket"))
                .body("detail", containsString("ticket is required"));
        subject.api().get("/api/requests").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anAgentsRequestWithAnIdentityCheckNotOnTheListIsRefusedListingTheMethods() {
        Subject subject = Subject.create();
        Map<String, Object> body = without("identityCheck");
        body.put("profileId", subject.mainProfileId());
        body.put("identityCheck", "SOUNDED_LIKE_THEM");
        Staff.create("agent").api().body(body).post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("identityCheck"))
                .body("identityChecks", hasItems("REPLY_FROM_ACCOUNT_ADDRESS", "ID_DOCUMENT"))
                .body("detail", containsString("REPLY_FROM_ACCOUNT_ADDRESS"));
        subject.api().get("/api/requests").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void anAgentsRequestWithoutAnIdentityNoteIsRefusedAndNothingIsFiled() {
        Subject subject = Subject.create();
        Map<String, Object> body = without("identityNote");
        body.put("profileId", subject.mainProfileId());
        body.put("identityNote", "  ");
        Staff.create("agent").api().body(body).post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("identityNote"));
        subject.api().get("/api/requests").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void theTicketAndTheIdentityCheckAreShownToStaffAndAuditorsAndInTheTrailButNotToTheSubject() {
        Subject subject = Subject.create();
        String id = Staff.create("agent").api()
                .body(Staff.onTicket(Map.of("type", "EXPORT", "profileId", subject.mainProfileId())))
                .post("/api/requests").then().statusCode(201).extract().path("id");
        Staff auditor = Staff.create("auditor");
        Staff.create("agent").api().get("/api/requests/{id}", id).then().statusCode(200)
                .body("filedByAgent.ticket", equalTo("CS-1042"))
                .body("filedByAgent.identityCheck", equalTo("REPLY_FROM_ACCOUNT_ADDRESS"))
                .body("filedByAgent.identityNote", containsString("replied from the account's address"));
        auditor.api().get("/api/requests/{id}", id).then().statusCode(200)
                .body("filedByAgent.ticket", equalTo("CS-1042"));
        auditor.api().get("/api/audit/requests/{id}", id).then().statusCode(200)
                .body("request.ticket", equalTo("CS-1042"))
                .body("request.identityCheck", equalTo("REPLY_FROM_ACCOUNT_ADDRESS"))
                .body("request.identityNote", containsString("replied from"))
                .body("events.find { it.kind == 'REQUEST_RECEIVED' }.detail",
                        containsString("ticket=CS-1042 identityCheck=REPLY_FROM_ACCOUNT_ADDRESS"));
        String asSubject = subject.api().get("/api/requests/{id}", id).then().statusCode(200)
                .body("filedByAgent", nullValue()).extract().asString();
        String listAsSubject = subject.api().get("/api/requests").then().statusCode(200).extract().asString();
        for (String shown : new String[] { asSubject, listAsSubject }) {
            assertFalse(shown.contains("REPLY_FROM_ACCOUNT_ADDRESS"), shown);
            assertFalse(shown.contains("replied from"), shown);
        }
    }

    @Test
    void aSubjectFilesWithoutATicket() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("type", "EXPORT", "profileId", subject.mainProfileId())).post("/api/requests")
                .then().statusCode(201).body("channel", equalTo("SELF_SERVICE")).body("filedByAgent", nullValue());
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = new HashMap<>(Staff.onTicket(Map.of("type", "EXPORT")));
        body.remove(field);
        return body;
    }
}
