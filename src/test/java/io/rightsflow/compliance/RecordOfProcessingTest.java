package io.rightsflow.compliance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecordOfProcessingTest {

    @Test
    void everyCategoryOfTheCatalogueIsListedWithItsPurposesRecipientsAndRetention() {
        List<String> catalogue = new ArrayList<>(given().get("/api/catalog/categories").then().statusCode(200)
                .extract().jsonPath().getList("category", String.class));
        catalogue.remove("unit-preferences"); // a setting, not data about the person: part of the account's row
        catalogue.add("account");
        catalogue.add("requests"); // the request records, with the reasons of refusals
        Staff.create("auditor").api().get("/api/audit/record-of-processing").then().statusCode(200)
                .body("category", containsInAnyOrder(catalogue.toArray()))
                .body("purposes", everyItem(not(empty())))
                .body("retention", everyItem(not(emptyOrNullString())))
                .body("category", hasItems("account", "weight", "blood-pressure", "room-temperature", "video"))
                .body("find { it.category == 'weight' }.recipients", hasSize(4))
                .body("find { it.category == 'weight' }.recipients[0]", containsString("Apple Health"))
                .body("find { it.category == 'weight' }.collectedBy", hasItem("entered by hand or imported"))
                .body("find { it.category == 'weight' }.purposes", hasItem(containsString("research")))
                .body("find { it.category == 'weight' }.retention", containsString("P7D after the erasure request"))
                .body("find { it.category == 'weight' }.retention", containsString("while a legal hold"))
                .body("find { it.category == 'account' }.retention", containsString("while a legal hold"))
                .body("find { it.category == 'video' }.recipients", hasSize(0))
                .body("find { it.category == 'co2' }.recipients[0]", containsString("Nest"))
                .body("find { it.category == 'unit-preferences' }", equalTo(null));
    }

    @Test
    void eachPurposeIsStatedWithItsLegalBasisAndWhatRestsOnConsentSaysItIsOffUntilGiven() {
        Staff.create("auditor").api().get("/api/audit/record-of-processing").then().statusCode(200)
                .body("find { it.category == 'weight' }.purposes", hasItems(
                        "research (pseudonymised extracts): consent",
                        "product improvement (pseudonymised extracts): consent",
                        "direct marketing (tips and product news mails, the marketing audience extract): consent",
                        "providing the service to the person (history, dashboards, exports): contract",
                        "challenges (a member's standing shown to the other members, and update mails): "
                                + "legitimate-interest"))
                .body("find { it.category == 'weight' }.legalBasis", containsString("consent: off until given"))
                .body("find { it.category == 'weight' }.recipients[0]", containsString("their consent"));
    }

    @Test
    void theRecordComesAsCsvToo() {
        Staff.create("auditor").api().accept("text/csv").get("/api/audit/record-of-processing").then().statusCode(200)
                .body(containsString("category,name,dataSubjects,collectedBy,purposes,recipients,retention,legalBasis,keptIn\r\n"))
                .body(containsString("\r\nweight,Weight,"));
    }
}
