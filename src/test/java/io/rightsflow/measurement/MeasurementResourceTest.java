package io.rightsflow.measurement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.audit.AuditEvent;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class MeasurementResourceTest {

    @Test
    void aDeviceReadingIsStoredInBaseUnitsAndShownInTheAccountsUnits() {
        Subject subject = subjectWithUnits("lb", "mi", "ft-in");
        String scale = subject.addDevice(subject.mainProfileId(), "body");
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-05-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/devices/{id}/measurements", scale).then().statusCode(201)
                .body("measurementIds", hasSize(1));

        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("weight"))
                .body("items[0].unit", equalTo("lb"))
                .body("items[0].value", equalTo(154.3236f))
                .body("items[0].source", equalTo("DEVICE"))
                .body("items[0].deviceId", equalTo(scale));
        assertEquals(70.0, storedValues(subject.mainProfileId()).get(0), 1e-9);
    }

    @Test
    void aCategoryTheProductCannotCollectIsRefusedAndNothingOfTheBatchIsStored() {
        Subject subject = Subject.create();
        String tracker = subject.addDevice(subject.mainProfileId(), "pulse");
        subject.api().body(List.of(
                        Map.of("category", "steps", "takenAt", "2026-05-01T07:00:00Z", "value", 5000, "unit", "steps"),
                        Map.of("category", "spo2", "takenAt", "2026-05-01T07:00:00Z", "value", 97, "unit", "%")))
                .post("/api/devices/{id}/measurements", tracker).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("item 1"))
                .body("detail", containsString("cannot collect spo2"));
        assertEquals(0, storedValues(subject.mainProfileId()).size());
    }

    @Test
    void aWrongUnitNamesTheAcceptedOnes() {
        Subject subject = Subject.create();
        String thermo = subject.addDevice(subject.mainProfileId(), "thermo");
        subject.api().body(Map.of("category", "body-temperature", "takenAt", "2026-05-01T07:00:00Z", "value", 37, "unit", "kg"))
                .post("/api/devices/{id}/measurements", thermo).then()
                .statusCode(400).body("detail", containsString("°C, °F"));
        assertEquals(0, storedValues(subject.mainProfileId()).size());
    }

    @Test
    void fahrenheitIsStoredAndShownInCelsius() {
        Subject subject = Subject.create();
        String thermo = subject.addDevice(subject.mainProfileId(), "thermo");
        subject.api().body(Map.of("category", "body-temperature", "takenAt", "2026-05-01T07:00:00Z", "value", 98.6, "unit", "°F"))
                .post("/api/devices/{id}/measurements", thermo).then().statusCode(201);
        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .body("items[0].value", equalTo(37.0f)).body("items[0].unit", equalTo("°C"));
        assertEquals(37.0, storedValues(subject.mainProfileId()).get(0), 1e-9, "stored in °C");
    }

    @Test
    void bloodPressureCarriesSystolicAndDiastolic() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("category", "blood-pressure", "takenAt", "2026-05-01T07:00:00Z",
                "systolic", 121, "diastolic", 79)).post("/api/profiles/{id}/measurements", subject.mainProfileId())
                .then().statusCode(201);
        subject.api().body(Map.of("category", "blood-pressure", "takenAt", "2026-05-01T07:00:00Z", "value", 120, "unit", "mmHg"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .statusCode(400).body("detail", containsString("systolic and diastolic"));
        subject.api().get("/api/profiles/{id}/measurements?category=blood-pressure", subject.mainProfileId()).then()
                .body("items", hasSize(1))
                .body("items[0].systolic", equalTo(121.0f))
                .body("items[0].diastolic", equalTo(79.0f))
                .body("items[0].source", equalTo("MANUAL"));
    }

    @Test
    void onlyTheManualCategoriesCanBeEnteredByHand() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("category", "steps", "takenAt", "2026-05-01T07:00:00Z", "value", 100, "unit", "steps"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .statusCode(422).body("detail", containsString("cannot be entered by hand"));
        subject.api().body(Map.of("category", "height", "takenAt", "2026-05-01T07:00:00Z", "value", 180, "unit", "cm",
                        "comment", "measured at the doctor's"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .body("items.category", equalTo(List.of("height"))).body("items[0].source", equalTo("MANUAL"));
    }

    @Test
    void aManualValueOfZeroOrLessIsRefusedAndABloodPressureIsToldWhatItTakes() {
        Subject subject = Subject.create();
        subject.api().body(List.of(Map.of("category", "weight", "takenAt", "2026-05-01T07:00:00Z", "value", 0, "unit", "kg")))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .statusCode(400).body("detail", containsString("value must be above 0"));
        subject.api().body(List.of(Map.of("category", "blood-pressure", "takenAt", "2026-05-01T07:00:00Z", "value", -1)))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .statusCode(400).body("detail", containsString("takes systolic and diastolic, not value"));
        subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId()).then().body("total", equalTo(0));
    }

    @Test
    void thereIsNoWayToEditAMeasurement() {
        Subject subject = Subject.create();
        String id = manualWeight(subject, 80);
        subject.api().body(Map.of("category", "weight", "takenAt", "2026-05-01T07:00:00Z", "value", 60, "unit", "kg"))
                .put("/api/profiles/{id}/measurements/{m}", subject.mainProfileId(), id).then().statusCode(405);
        assertEquals(List.of(80.0), storedValues(subject.mainProfileId()));
    }

    @Test
    void deletionIsAuditedWithKindAndCountButNeverTheValue() {
        Subject subject = Subject.create();
        String id = manualWeight(subject, 81.234);
        subject.api().delete("/api/profiles/{id}/measurements/{m}", subject.mainProfileId(), id).then().statusCode(204);
        subject.api().delete("/api/profiles/{id}/measurements/{m}", subject.mainProfileId(), id).then().statusCode(404);
        assertEquals(0, storedValues(subject.mainProfileId()).size());

        AuditEvent event = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "kind = 'MEASUREMENT_DELETED' and profileId = ?1", subject.mainProfileId()).singleResult());
        assertEquals("subject:" + subject.accountId(), event.actor);
        assertEquals("category=weight source=MANUAL count=1", event.detail);
        assertFalse(event.detail.contains("81"));
    }

    @Test
    void anotherAccountsProfileAndDeviceAnswer404() {
        Subject owner = Subject.create();
        Subject other = Subject.create();
        String scale = owner.addDevice(owner.mainProfileId(), "body");
        String id = manualWeight(owner, 70);
        other.api().get("/api/profiles/{id}/measurements", owner.mainProfileId()).then().statusCode(404);
        other.api().delete("/api/profiles/{id}/measurements/{m}", owner.mainProfileId(), id).then().statusCode(404);
        other.api().body(Map.of("category", "weight", "takenAt", "2026-05-01T07:00:00Z", "value", 1, "unit", "kg"))
                .post("/api/devices/{id}/measurements", scale).then().statusCode(404);
        other.api().body(Map.of("product", "body")).post("/api/profiles/{id}/devices", owner.mainProfileId())
                .then().statusCode(404);
        assertEquals(List.of(70.0), storedValues(owner.mainProfileId()));
    }

    @Test
    void anUnknownProductOrCategoryIsABadRequest() {
        Subject subject = Subject.create();
        subject.api().body(Map.of("product", "toaster")).post("/api/profiles/{id}/devices", subject.mainProfileId())
                .then().statusCode(400).body("detail", containsString("GET /api/catalog/products"));
        subject.api().body(Map.of("category", "mood", "takenAt", "2026-05-01T07:00:00Z", "value", 1, "unit", "%"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .statusCode(400).body("detail", containsString("unknown"));
        subject.api().body("{not json").post("/api/profiles/{id}/measurements", subject.mainProfileId()).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theListFiltersByCategoryAndTimeAndPages() {
        Subject subject = Subject.create();
        for (int day = 1; day <= 5; day++) {
            subject.api().body(Map.of("category", "weight", "takenAt", "2026-05-0" + day + "T07:00:00Z", "value", 70 + day, "unit", "kg"))
                    .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
        }
        subject.api().get("/api/profiles/{id}/measurements?category=weight&from=2026-05-02T00:00:00Z&to=2026-05-05T00:00:00Z&size=2",
                subject.mainProfileId()).then()
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .body("items[0].takenAt", equalTo("2026-05-04T07:00:00Z"));
        subject.api().get("/api/profiles/{id}/measurements?category=weight&from=2026-05-02T00:00:00Z&to=2026-05-05T00:00:00Z&size=2&page=1",
                subject.mainProfileId()).then()
                .body("total", equalTo(3))
                .body("items.takenAt", equalTo(List.of("2026-05-02T07:00:00Z")));
        subject.api().get("/api/profiles/{id}/measurements?size=0", subject.mainProfileId()).then().statusCode(400);
    }

    private static Subject subjectWithUnits(String weight, String distance, String height) {
        return Subject.create("U", Map.of("weight", weight, "distance", distance, "height", height));
    }

    private static String manualWeight(Subject subject, double kg) {
        return subject.api().body(Map.of("category", "weight", "takenAt", "2026-05-01T07:00:00Z", "value", kg, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201)
                .extract().path("measurementIds[0]");
    }

    private static List<Double> storedValues(String profileId) {
        return QuarkusTransaction.requiringNew().call(() -> Measurement.<Measurement>list("profileId", profileId)
                .stream().map(m -> m.value).toList());
    }
}
