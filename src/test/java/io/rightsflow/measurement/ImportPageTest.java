package io.rightsflow.measurement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

@QuarkusTest
@Tag("browser")
class ImportPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aFileWithBrokenLinesShowsEveryLineWithItsRuleAndStoresNothing() throws IOException {
        Subject subject = Subject.create("Alex");
        Path file = csv("Date,Weight\n2015-04-16 11:40:00,70\n16/04/2015 11:40,71\n2015-04-18 11:40:00,72\n"
                + "2015-04-19 11:40:00,heavy\n");
        browser.signIn(subject.email(), subject.password()).open("/settings").follow("Import your data");

        browser.labelled("Weight").click();
        browser.labelled("CSV file").sendKeys(file.toAbsolutePath().toString());
        browser.press("Import");

        String problems = browser.driver().findElement(By.id("file-error")).getText();
        assertThat(problems, allOf(containsString("nothing of it was stored"),
                containsString("Line 3: Date '16/04/2015 11:40' must be written yyyy-mm-dd hh:mm:ss"),
                containsString("Line 5: Weight 'heavy' is not a number"), not(containsString("Line 2")),
                not(containsString("Line 4"))));
        browser.snapshot("import");
        assertThat(measurements(subject).getInt("total"), equalTo(0));
    }

    @Test
    void aGoodFileSaysHowManyRowsWereStoredAndTheyAppearOnTheDashboard() throws IOException {
        Subject subject = Subject.create("Alex");
        String other = subject.addProfile("Robin");
        Path file = csv("Date,Weight,Comments\n2015-04-16 11:40:00,70.2,after the run\n2015-04-17 11:40:00,70.6,\n"
                + "2015-04-18 11:40:00,71,\n");
        browser.signIn(subject.email(), subject.password()).open("/settings/import");

        new org.openqa.selenium.support.ui.Select(browser.labelled("Profile")).selectByVisibleText("Robin");
        browser.labelled("CSV file").sendKeys(file.toAbsolutePath().toString());
        browser.press("Import");

        assertThat(browser.path(), equalTo("/settings/import"));
        assertThat(browser.text(), containsString("3 rows were stored in Robin"));
        assertThat(measurements(subject, other).getInt("total"), equalTo(3));
        assertThat(measurements(subject, subject.mainProfileId()).getInt("total"), equalTo(0));
        browser.follow("See them on the dashboard");
        assertThat(browser.text(), allOf(containsString("2015-04-16 11:40 70.2 kg Imported after the run"),
                containsString("70.6 kg"), containsString("71 kg"), containsString("Weight: 3 values")));
    }

    @Test
    void anAccountInPoundsImportsPoundsAndIsToldTheHeaderInItsUnits() throws IOException {
        Subject subject = Subject.create("Alex", java.util.Map.of("weight", "lb", "distance", "mi", "height", "ft-in"));
        browser.signIn(subject.email(), subject.password()).open("/settings/import");
        assertThat(browser.text(), allOf(containsString("Date,Weight (lb),Fat mass (lb)"),
                containsString("Date,Height (in),Comments")));

        browser.labelled("CSV file").sendKeys(csv("Date,Weight (kg)\n2015-04-16 11:40:00,70\n").toAbsolutePath().toString());
        browser.press("Import");
        assertThat(browser.driver().findElement(By.id("file-error")).getText(),
                containsString("Line 1: the column Weight must be in lb, the unit set for your account, not kg"));

        browser.labelled("CSV file").sendKeys(csv("Date,Weight (lb)\n2015-04-16 11:40:00,150\n").toAbsolutePath().toString());
        browser.press("Import");
        assertThat(browser.text(), containsString("1 row was stored in Alex"));
        assertThat(measurements(subject).getDouble("items[0].value"), equalTo(150.0));
    }

    @Test
    void anotherAccountsProfileIsRefusedAsNotFoundAndGetsNothing() throws IOException {
        Subject owner = Subject.create("Alex");
        Subject other = Subject.create("Sam");
        browser.signIn(other.email(), other.password()).open("/settings/import");

        browser.script("document.getElementById('profile').options[0].value = arguments[0]", owner.mainProfileId());
        browser.labelled("CSV file").sendKeys(csv("Date,Weight\n2015-04-16 11:40:00,70\n").toAbsolutePath().toString());
        browser.press("Import");

        assertThat(browser.heading(), equalTo("We could not find this"));
        assertThat(measurements(owner).getInt("total"), equalTo(0));
        assertThat(measurements(other).getInt("total"), equalTo(0));
    }

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("import-", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private static JsonPath measurements(Subject subject) {
        return measurements(subject, subject.mainProfileId());
    }

    private static JsonPath measurements(Subject subject, String profileId) {
        return subject.api().get("/api/profiles/{id}/measurements", profileId).then().statusCode(200)
                .extract().jsonPath();
    }
}
