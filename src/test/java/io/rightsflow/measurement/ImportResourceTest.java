package io.rightsflow.measurement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class ImportResourceTest {

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void aGoodWeightFileIsStoredInBaseUnitsWithSourceImportAndConfirmedByMail() {
        Subject subject = Subject.create("Alex", Map.of("weight", "lb", "distance", "mi", "height", "ft-in"));
        importFile(subject, "weight", """
                Date,Weight (lb),Fat mass,Comments
                2015-04-16 11:40:00,154.3236,22.0462,before breakfast
                2015-04-17 11:40:00,155,,
                """).then().statusCode(201).body("rows", equalTo(2)).body("measurements", equalTo(3));

        List<Measurement> stored = stored(subject);
        assertEquals(3, stored.size());
        assertTrue(stored.stream().allMatch(m -> m.source == MeasurementSource.IMPORT && m.deviceId == null));
        Measurement weight = stored.stream().filter(m -> m.categoryId.equals("weight")).findFirst().orElseThrow();
        assertEquals(70.0, weight.value, 1e-4, "lb in, kg stored");
        assertEquals("before breakfast", weight.comment);
        assertEquals(10.0, stored.stream().filter(m -> m.categoryId.equals("fat-mass")).findFirst().orElseThrow().value, 1e-4);

        String text = Mailbox.await(mailbox, subject.email(), "imported").getText();
        assertTrue(text.contains("2 rows of weight data"), text);
    }

    @Test
    void stonesHeightsInInchesAndBloodPressureWithItsHeartRateAreStored() {
        Subject subject = Subject.create("Alex", Map.of("weight", "st", "distance", "km", "height", "ft-in"));
        importFile(subject, "weight", "Date,Weight\n2015-04-16 11:40:00,11\n").then().statusCode(201);
        importFile(subject, "height", "Date,Height (in)\n2015-04-16 11:40:00,70\n").then().statusCode(201);
        importFile(subject, "blood-pressure", "\uFEFFDate,Systole (mmHg),Diastole (mmHg),Heart rate\r\n"
                + "2015-04-16 11:40:00,120,80,64\r\n2015-04-17 11:40:00,,,66\r\n").then().statusCode(201)
                .body("rows", equalTo(2)).body("measurements", equalTo(3));

        Map<String, List<Measurement>> byCategory = stored(subject).stream()
                .collect(java.util.stream.Collectors.groupingBy(m -> m.categoryId));
        assertEquals(69.8532, byCategory.get("weight").get(0).value, 1e-4, "11 st in kg");
        assertEquals(1.778, byCategory.get("height").get(0).value, 1e-9, "70 in in metres");
        assertEquals(120.0, byCategory.get("blood-pressure").get(0).systolic);
        assertEquals(2, byCategory.get("heart-rate").size());
    }

    @Test
    void aFileOfExactlyFourThousandRowsIsAccepted() {
        Subject subject = Subject.create();
        importFile(subject, "height", heightFile(4_000)).then().statusCode(201).body("rows", equalTo(4_000));
        assertEquals(4_000, stored(subject).size());
    }

    @Test
    void everyBrokenRuleRejectsTheWholeFileNamingTheLineAndStoresNothing() {
        Subject subject = Subject.create();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("Date;Weight\n2015-04-16 11:40:00;70\n", "line 1: columns must be separated by commas, not semicolons");
        cases.put("Date,Weight\n2015-04-16 11:40:00,70\n16/04/2015 11:40,71\n", "line 3: Date '16/04/2015 11:40' must be written yyyy-mm-dd hh:mm:ss");
        cases.put("Date,Weight\n2015-02-30 11:40:00,70\n", "line 2: Date '2015-02-30 11:40:00'");
        cases.put("Date,Fat mass\n2015-04-16 11:40:00,20\n", "line 1: the required column Weight is missing");
        cases.put("Weight,Date\n70,2015-04-16 11:40:00\n", "line 1: the first column must be Date");
        cases.put("Date,Weight,Mood\n2015-04-16 11:40:00,70,happy\n", "line 1: unknown column 'Mood'");
        cases.put("Date,Weight (lb)\n2015-04-16 11:40:00,70\n", "line 1: the column Weight must be in kg");
        cases.put("Date,Weight\n2015-04-16 11:40:00,70\n2015-04-17 11:40:00,heavy\n", "line 3: Weight 'heavy' is not a number");
        cases.put("Date,Weight\n2015-04-16 11:40:00,70,5\n", "line 2: 3 cells where the header has 2");
        cases.put("Date,Weight\n2015-04-16 11:40:00,=70*2\n", "line 2: Weight holds a spreadsheet formula");
        cases.put("Date,Weight,Comments\n2015-04-16 11:40:00,70,=HYPERLINK(\"http://x\")\n", "line 2: Comments starts with '='");
        cases.put("Date,Weight,Comments\n2015-04-16 11:40:00,70,@SUM(A1)\n", "line 2: Comments starts with '@'");
        cases.put("Date,Weight\n2015-04-16 11:40:00,-70\n", "line 2: Weight must be above 0");
        cases.put("Date,Weight\n2015-04-16 11:40:00,\n", "line 2: the row has no value");
        cases.put("Date,Weight\n2099-04-16 11:40:00,70\n", "line 2: Date 2099-04-16 11:40:00 lies in the future");
        cases.put("Date,Weight\n", "line 2: the file has a header but no data rows");
        cases.put("", "line 1: the file is empty");
        cases.forEach((file, error) -> importFile(subject, "weight", file).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(error)));
        importFile(subject, "blood-pressure", "Date,Systole,Heart rate\n2015-04-16 11:40:00,120,60\n").then()
                .statusCode(400).body("detail", containsString("line 2: a blood pressure needs both Systole and Diastole"));
        importFile(subject, "height", heightFile(4_001)).then()
                .statusCode(400).body("detail", containsString("line 4002: a file holds at most 4,000 data rows"));

        assertEquals(0, stored(subject).size(), "nothing of any rejected file is stored");
        assertTrue(Mailbox.matching(mailbox, subject.email(), "imported").isEmpty(), "and nobody is told otherwise");
    }

    @Test
    void aFileWithSeveralBrokenLinesNamesEveryOneOfThemAndStoresNothing() {
        Subject subject = Subject.create();

        importFile(subject, "weight", "Date,Weight\n2015-04-16 11:40:00,70\n16/04/2015 11:40,71\n"
                + "2015-04-18 11:40:00,72\n2015-04-19 11:40:00,heavy\n").then()
                .statusCode(400)
                .body("detail", equalTo("line 3: Date '16/04/2015 11:40' must be written yyyy-mm-dd hh:mm:ss, "
                        + "e.g. 2015-04-16 11:40:00; line 5: Weight 'heavy' is not a number; write it like 72.5, "
                        + "with a period as the decimal separator"));

        assertEquals(0, stored(subject).size());
    }

    @Test
    void aFileWithManyBrokenLinesNamesTheFirstTwentyAndCountsTheRest() {
        Subject subject = Subject.create();
        StringBuilder file = new StringBuilder("Date,Weight\n");
        for (int day = 1; day <= 25; day++) {
            file.append(String.format("2015-04-%02d 11:40:00,heavy%n", day));
        }

        String detail = importFile(subject, "weight", file.toString()).then().statusCode(400)
                .extract().path("detail");

        assertTrue(detail.startsWith("line 2: Weight 'heavy' is not a number"), detail);
        assertTrue(detail.contains("line 21: ") && !detail.contains("line 22: "), detail);
        assertTrue(detail.endsWith("; and 5 more broken lines"), detail);
        assertEquals(0, stored(subject).size());
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefusedAndAnUnknownKindNamesTheKnownOnes() {
        Subject subject = Subject.create();
        byte[] latin1 = "Date,Weight,Comments\n2015-04-16 11:40:00,70,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        subject.api().contentType("text/csv").body(latin1)
                .post("/api/profiles/{id}/imports?kind=weight", subject.mainProfileId()).then()
                .statusCode(400).body("detail", containsString("line 1: the file is not UTF-8 text"));
        String huge = "Date,Weight,Comments\n" + ("2015-04-16 11:40:00,70," + "x".repeat(400) + "\n").repeat(3_000);
        importFile(subject, "weight", huge).then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("larger than"));
        importFile(subject, "sleep", "Date,Weight\n2015-04-16 11:40:00,70\n").then()
                .statusCode(400).body("detail", containsString("weight, blood-pressure or height"));
        assertEquals(0, stored(subject).size());
    }

    @Test
    void anotherAccountsProfileCannotBeImportedInto() {
        Subject owner = Subject.create();
        Subject stranger = Subject.create();
        importFile(stranger, owner.mainProfileId(), "weight", "Date,Weight\n2015-04-16 11:40:00,70\n").then()
                .statusCode(404);
        assertEquals(0, stored(owner).size());
    }

    static String heightFile(int rows) {
        StringBuilder file = new StringBuilder("Date,Height (cm)\n");
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2014, 1, 1, 0, 0);
        for (int i = 0; i < rows; i++) {
            file.append(at.plus(Duration.ofHours(i)).toString().replace('T', ' ')).append(":00,")
                    .append(150 + i % 50).append('\n');
        }
        return file.toString();
    }

    private static io.restassured.response.Response importFile(Subject subject, String kind, String file) {
        return importFile(subject, subject.mainProfileId(), kind, file);
    }

    private static io.restassured.response.Response importFile(Subject subject, String profileId, String kind, String file) {
        return subject.api().contentType("text/csv; charset=UTF-8").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/profiles/{id}/imports?kind=" + kind, profileId);
    }

    private static List<Measurement> stored(Subject subject) {
        return QuarkusTransaction.requiringNew().call(() -> Measurement.<Measurement>list("profileId", subject.mainProfileId()));
    }
}
