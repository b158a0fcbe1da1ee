package io.rightsflow.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.downstream.DownstreamSystemsProfile;
import io.rightsflow.support.Staff;
import org.junit.jupiter.api.Test;

/** The record of processing (Art. 30) names the maker's other systems that keep each category, and which requests reach them. */
@QuarkusTest
@TestProfile(DownstreamSystemsProfile.class)
class SystemsInTheRecordTest {

    @Test
    void eachCategoryNamesTheSystemsThatKeepItTooAndTheRequestsThatReachThem() {
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/audit/record-of-processing").then().statusCode(200)
                .body("find { it.category == 'video' }.keptIn", hasSize(1))
                .body("find { it.category == 'video' }.keptIn[0]", equalTo("Camera service (asked through its API; "
                        + "reached by: Delete a profile, Delete the account, Copy of your data and how it is used)"))
                .body("find { it.category == 'body-temperature' }.keptIn[0]", containsString("Support tool (by hand, at the desk;"))
                .body("find { it.category == 'co2' }.keptIn", empty());
        auditor.api().accept("text/csv").get("/api/audit/record-of-processing").then().statusCode(200)
                .body(containsString("retention,legalBasis,keptIn\r\n"))
                .body(containsString("Support tool (by hand, at the desk; reached by: Delete a profile"));
    }
}
