package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The report of a period no other test files requests in (the first quarter of 2017), seeded with known outcomes. */
@QuarkusTest
@Tag("browser")
class ReportPageTest {

    static final Instant JANUARY = Instant.parse("2017-01-10T10:00:00Z");
    static final Instant FEBRUARY = Instant.parse("2017-02-10T10:00:00Z");
    static final String PERIOD = "?from=2017-01-01&to=2017-03-31";

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    AgroalDataSource db;

    ConsoleSeed seed;

    @BeforeEach
    void seed() throws Exception {
        seed = new ConsoleSeed(db);
        seed.clear(Instant.parse("2017-01-01T00:00:00Z"), Instant.parse("2017-04-01T00:00:00Z"));
        Instant due = JANUARY.plus(Duration.ofDays(31));
        // January: three exports, two answered on time (after 2 and 4 days), one still in progress (overdue now); an objection overdue.
        seed.request("EXPORT", "COMPLETED", "SELF_SERVICE", JANUARY, due, JANUARY.plus(Duration.ofDays(2)), null);
        seed.request("EXPORT", "COMPLETED", "SELF_SERVICE", JANUARY, due, JANUARY.plus(Duration.ofDays(4)), null);
        seed.request("EXPORT", "IN_PROGRESS", "SELF_SERVICE", JANUARY, due, null, null);
        seed.request("OBJECTION", "IN_REVIEW", "CUSTOMER_SERVICE", JANUARY, due, null, "CS-REPORT");
        // February: two profile erasures, one on time, one late (after 40 days).
        Instant dueFebruary = FEBRUARY.plus(Duration.ofDays(28));
        seed.request("PROFILE_ERASURE", "COMPLETED", "SELF_SERVICE", FEBRUARY, dueFebruary,
                FEBRUARY.plus(Duration.ofDays(8)), null);
        seed.request("PROFILE_ERASURE", "COMPLETED", "SELF_SERVICE", FEBRUARY, dueFebruary,
                FEBRUARY.plus(Duration.ofDays(40)), null);
        // March: nothing.
    }

    @AfterEach
    void removeSeeded() throws Exception {
        seed.removeSeeded();
    }

    @Test
    void theChartOfASeededPeriodShowsTheTablesFiguresAsBars() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/report" + PERIOD);
        browser.snapshot("console-report");

        assertThat(browser.heading(), equalTo("Report"));
        Map<String, List<String>> bars = bars();
        assertThat(bars, equalTo(Map.of("2017-01", List.of("4", "2"), "2017-02", List.of("2", "2"),
                "2017-03", List.of("0", "0"))));
        for (WebElement total : browser.all("table.report tr.month-total")) {
            String month = total.getAttribute("data-month");
            assertThat(month, List.of(total.findElement(By.className("received")).getText(),
                    total.findElement(By.className("completed")).getText()), equalTo(bars.get(month)));
        }
        assertThat(browser.all("table.report tr.month-total"), hasSize(3));
        assertThat(row("2017-01", "Download of your data"), equalTo("January 2017 Download of your data 3 2 2 1 2.0"));
        assertThat(row("2017-01", "Objection to a use of your data"),
                equalTo("January 2017 Objection to a use of your data 1 0 0 1 –"));
        assertThat(row("2017-02", "Delete a profile"), equalTo("February 2017 Delete a profile 2 2 1 0 8.0"));
        assertThat(browser.driver().findElement(By.cssSelector("svg.chart title")).getAttribute("textContent"),
                startsWith("Requests received and completed per month, from 1 January 2017 to 31 March 2017"));
        assertThat(browser.driver().findElement(By.cssSelector("svg.chart desc")).getAttribute("textContent"),
                startsWith("6 requests received and 4 of them completed"));
    }

    @Test
    void theCsvDownloadIsTheApisCsvOfThePeriod() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/report" + PERIOD);

        Response download = BrowserDownload.of(browser, "Download the CSV");

        assertThat(download.statusCode(), equalTo(200));
        assertThat(download.header("Content-Disposition"), containsString("attachment"));
        assertThat(download.contentType(), startsWith("text/csv"));
        String api = auditor.api().accept("text/csv").get("/api/audit/report" + PERIOD).then().statusCode(200)
                .extract().asString();
        assertThat(download.asString(), equalTo(api));
        assertThat(download.asString(), allOf(containsString("EXPORT,3,2,2,0,1,2.0,4.0\r\n"),
                containsString("PROFILE_ERASURE,2,2,1,0,0,8.0,40.0\r\n")));
    }

    @Test
    void theTablePerMonthDownloadsAsCsvToo() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/report" + PERIOD);

        Response download = BrowserDownload.of(browser, "Download the table per month (CSV)");

        assertThat(download.statusCode(), equalTo(200));
        assertThat(download.asString(), equalTo(
                "month,type,received,completed,completedOnTime,cancelled,overdueNow,medianDays,p95Days\r\n"
                        + "2017-01,EXPORT,3,2,2,0,1,2.0,4.0\r\n"
                        + "2017-01,OBJECTION,1,0,0,0,1,,\r\n"
                        + "2017-02,PROFILE_ERASURE,2,2,1,0,0,8.0,40.0\r\n"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedWithWhatToFix() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/report?from=2017-03-01&to=2017-01-31");

        assertThat(browser.text(), containsString("To must be on or after the day the period starts (2017-03-01)"));
        assertThat(browser.all("svg.chart"), hasSize(0));
        browser.open("/console/report?from=2010-01-01&to=2017-01-31");
        assertThat(browser.text(), containsString("Choose a period of at most 36 months"));
        browser.open("/console/report?from=Jan");
        assertThat(browser.text(), containsString("From must be a day such as 2026-11-01"));
    }

    @Test
    void thePeriodChooserIsAGetFormThatKeepsThePeriod() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/report" + PERIOD);

        browser.script("document.getElementById('to').value = '2017-01-31'");
        browser.press("Show the report");

        assertThat(browser.driver().getCurrentUrl(), containsString("to=2017-01-31"));
        assertThat(bars(), equalTo(Map.of("2017-01", List.of("4", "2"))));
    }

    /** Month → [received, completed], from the bars' values. */
    private static Map<String, List<String>> bars() {
        Map<String, List<String>> bars = new LinkedHashMap<>();
        for (WebElement bar : browser.all("svg.chart rect.bar")) {
            bars.computeIfAbsent(bar.getAttribute("data-month"), m -> new java.util.ArrayList<>())
                    .add(bar.getAttribute("data-value"));
        }
        return bars;
    }

    private static String row(String month, String type) {
        return browser.all("table.report tr[data-month='" + month + "']").stream()
                .map(r -> String.join(" ", r.findElements(By.cssSelector("th, td")).stream()
                        .map(cell -> cell.getAttribute("textContent").strip()).toList()))
                .filter(text -> text.contains(type)).findFirst().orElse("");
    }
}
