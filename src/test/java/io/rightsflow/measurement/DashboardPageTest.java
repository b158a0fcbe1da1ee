package io.rightsflow.measurement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@Tag("browser")
class DashboardPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void theDashboardListsTheAccountsProfiles() {
        Subject subject = Subject.create("Alex");
        subject.addProfile("Robin");

        browser.signIn(subject.email(), subject.password());

        assertThat(browser.path(), equalTo("/dashboard"));
        browser.snapshot("dashboard");
        assertThat(browser.text(), allOf(containsString("Alex (main profile)"), containsString("Robin")));
        browser.follow("Robin");
        assertThat(browser.heading(), equalTo("Robin"));
        assertThat(browser.text(), containsString("This profile has no data yet"));
    }

    @Test
    void aPersonAddsAWeightSeesItInTheTableAndTheGraphAndDeletesItAfterConfirming() {
        Subject subject = Subject.create("Alex");
        subject.api().body(List.of(Map.of("category", "weight", "takenAt", "2025-11-01T07:00:00Z", "value", 74,
                "unit", "kg"))).post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
        browser.signIn(subject.email(), subject.password()).follow("Add data");

        browser.type("Weight (kg)", "72.5").type("Date", "2025-11-30").type("Time (UTC)", "07:30").press("Add");

        assertThat(browser.path(), equalTo("/dashboard/profiles/" + subject.mainProfileId()));
        assertThat(browser.text(), allOf(containsString("Your entry was stored"),
                containsString("2025-11-30 07:30 72.5 kg Entered by you"), containsString("74 kg")));
        WebElement graph = browser.driver().findElement(By.cssSelector("svg[role=img]"));
        assertThat(graph.getAttribute("aria-label"), startsWith("Weight in kg: 2 values from 2025-11-01 to 2025-11-30"));
        assertThat(graph.findElement(By.tagName("title")).getAttribute("textContent"), equalTo("Weight (kg)"));
        assertThat(graph.findElement(By.tagName("polyline")).getAttribute("points").split(" "), org.hamcrest.Matchers.arrayWithSize(2));
        assertThat(browser.all("svg[role=img] circle"), hasSize(2));
        browser.snapshot("dashboard-profile");
        JsonPath stored = measurements(subject);
        assertThat(stored.getInt("total"), equalTo(2));
        assertThat(stored.getString("items[0].source"), equalTo("MANUAL"));
        assertThat(stored.getDouble("items[0].value"), equalTo(72.5));

        browser.driver().findElement(By.xpath("//tr[contains(., '72.5 kg')]//a[normalize-space(.)='Delete']")).click();
        assertThat(browser.heading(), equalTo("Delete this entry?"));
        assertThat(browser.text(), containsString("72.5 kg, 2025-11-30 07:30 UTC"));
        assertThat(measurements(subject).getInt("total"), equalTo(2));
        browser.press("Delete for good");

        assertThat(browser.text(), allOf(containsString("The entry was deleted"), not(containsString("72.5 kg")),
                containsString("74 kg")));
        stored = measurements(subject);
        assertThat(stored.getInt("total"), equalTo(1));
        assertThat(stored.getDouble("items[0].value"), equalTo(74.0));
    }

    @Test
    void aRefusedValueIsShownNextToItsFieldAndNothingIsStored() {
        Subject subject = Subject.create("Alex");
        browser.signIn(subject.email(), subject.password()).open("/dashboard/entries/new?kind=weight");

        browser.type("Weight (kg)", "seventy").press("Add");
        assertThat(error("value"), startsWith("Enter the value as a number in kg"));

        browser.type("Weight (kg)", "0").press("Add");
        assertThat(error("value"), equalTo("Value must be above 0."));

        browser.type("Weight (kg)", "70").type("Date", "2099-01-01").press("Add");
        assertThat(error("date"), equalTo("The date and time lies in the future."));
        assertThat(browser.labelled("Date").getAttribute("value"), equalTo("2099-01-01"));
        assertThat(browser.labelled("Weight (kg)").getAttribute("value"), equalTo("70"));
        browser.snapshot("new-entry");
        assertThat(measurements(subject).getInt("total"), equalTo(0));
    }

    @Test
    void aBloodPressureTheServiceRefusesIsExplainedNextToTheDiastolicToo() {
        Subject subject = Subject.create("Alex");
        browser.signIn(subject.email(), subject.password()).open("/dashboard/entries/new").follow("Blood pressure");

        browser.type("Systolic (mmHg)", "120").type("Diastolic (mmHg)", "0").type("Date", "2025-10-02").press("Add");

        assertThat(error("diastolic"), containsString("above 0"));
        assertThat(measurements(subject).getInt("total"), equalTo(0));
    }

    @Test
    void aBloodPressureIsEnteredAsSystolicAndDiastolic() {
        Subject subject = Subject.create("Alex");
        browser.signIn(subject.email(), subject.password()).open("/dashboard/entries/new").follow("Blood pressure");

        browser.type("Systolic (mmHg)", "121").type("Diastolic (mmHg)", "79").type("Date", "2025-10-02").press("Add");

        assertThat(browser.text(), containsString("121/79 mmHg"));
        assertThat(browser.all("svg[role=img] polyline"), hasSize(2));
        assertThat(browser.driver().findElement(By.cssSelector("figure.graph figcaption")).getText(),
                allOf(containsString("Systolic is the upper line, diastolic the lower"),
                        containsString("Systolic"), containsString("Diastolic")));
        assertThat(browser.all("ul.legend li"), hasSize(2));
        JsonPath stored = measurements(subject);
        assertThat(stored.getDouble("items[0].systolic"), equalTo(121.0));
        assertThat(stored.getDouble("items[0].diastolic"), equalTo(79.0));
    }

    @Test
    void anAccountInPoundsSeesPoundsAndEntersPounds() {
        Subject subject = Subject.create("Alex", Map.of("weight", "lb", "distance", "mi", "height", "ft-in"));
        subject.api().body(List.of(Map.of("category", "weight", "takenAt", "2025-11-01T07:00:00Z", "value", 100,
                "unit", "kg"))).post("/api/profiles/{id}/measurements", subject.mainProfileId()).then().statusCode(201);
        browser.signIn(subject.email(), subject.password()).follow("Alex");

        assertThat(browser.text(), allOf(containsString("220.46 lb"), not(containsString("100 kg"))));
        assertThat(browser.driver().findElement(By.cssSelector("svg[role=img]")).getAttribute("aria-label"),
                startsWith("Weight in lb"));

        browser.follow("Add data").type("Weight (lb)", "150").type("Date", "2025-11-02").press("Add");

        assertThat(browser.text(), containsString("150 lb"));
        assertThat(measurements(subject).getDouble("items[0].value"), equalTo(150.0));
        assertThat(measurements(subject).getString("items[0].unit"), equalTo("lb"));
    }

    @Test
    void anotherAccountsProfileAndEntriesAreRefusedAsNotFound() {
        Subject owner = Subject.create("Alex");
        String id = owner.api().body(List.of(Map.of("category", "weight", "takenAt", "2025-11-01T07:00:00Z",
                "value", 74, "unit", "kg"))).post("/api/profiles/{id}/measurements", owner.mainProfileId())
                .then().statusCode(201).extract().path("measurementIds[0]");
        Subject other = Subject.create("Sam");
        browser.signIn(other.email(), other.password());

        browser.open("/dashboard/profiles/" + owner.mainProfileId());
        assertThat(browser.heading(), equalTo("We could not find this"));
        assertThat(browser.text(), allOf(containsString("does not exist or is not yours"), not(containsString("74 kg"))));

        browser.open("/dashboard/entries/" + owner.mainProfileId() + "/" + id + "/delete");
        assertThat(browser.heading(), equalTo("We could not find this"));
        browser.open("/dashboard/entries/" + other.mainProfileId() + "/" + id + "/delete");
        assertThat(browser.heading(), equalTo("We could not find this"));

        browser.open("/dashboard/entries/new");
        new Select(browser.labelled("Profile")).getOptions().forEach(option ->
                assertThat(option.getAttribute("value"), equalTo(other.mainProfileId())));
        browser.script("document.getElementById('profile').options[0].value = arguments[0]", owner.mainProfileId());
        browser.type("Weight (kg)", "80").press("Add");
        assertThat(browser.heading(), equalTo("We could not find this"));
        assertThat(measurements(owner).getInt("total"), equalTo(1));
    }

    @Test
    void deviceDataIsMarkedAsNotEditableAndOffersNoEdit() {
        Subject subject = Subject.create("Alex");
        String scale = subject.addDevice(subject.mainProfileId(), "body");
        subject.api().body(Map.of("category", "weight", "takenAt", "2025-11-01T07:00:00Z", "value", 70, "unit", "kg"))
                .post("/api/devices/{id}/measurements", scale).then().statusCode(201);

        browser.signIn(subject.email(), subject.password()).follow("Alex");

        assertThat(browser.text(), containsString("2025-11-01 07:00 70 kg Device (cannot be edited)"));
        assertThat(browser.all("table a, table button").stream().map(WebElement::getText).toList(),
                equalTo(List.of("Delete")));
    }

    private static String error(String field) {
        return browser.driver().findElement(By.id(field + "-error")).getText();
    }

    private static JsonPath measurements(Subject subject) {
        return subject.api().get("/api/profiles/{id}/measurements", subject.mainProfileId())
                .then().statusCode(200).extract().jsonPath();
    }
}
