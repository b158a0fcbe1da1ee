package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@Tag("browser")
class ConsoleRequestsPageTest {

    static final Instant FEBRUARY_2016 = Instant.parse("2016-02-01T09:00:00Z");

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    AgroalDataSource db;

    ConsoleSeed seed;

    @BeforeEach
    void newSeed() {
        seed = new ConsoleSeed(db);
    }

    @AfterEach
    void removeSeeded() throws Exception {
        seed.removeSeeded();
    }

    @Test
    void anAuditorFiltersTheRequestsByTypeAndOverdueAndSeesOnlyTheMatchingRows() throws Exception {
        String ticket = ticket();
        Instant now = Instant.now();
        String overdueObjection = seed.request("OBJECTION", "IN_REVIEW", "CUSTOMER_SERVICE", FEBRUARY_2016,
                FEBRUARY_2016.plus(Duration.ofDays(29)), null, ticket);
        seed.request("OBJECTION", "IN_REVIEW", "CUSTOMER_SERVICE", now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(28)), null, ticket);
        seed.request("EXPORT", "IN_PROGRESS", "CUSTOMER_SERVICE", FEBRUARY_2016.plus(Duration.ofDays(1)),
                FEBRUARY_2016.plus(Duration.ofDays(30)), null, ticket);
        seed.request("OBJECTION", "REJECTED", "CUSTOMER_SERVICE", FEBRUARY_2016.plus(Duration.ofDays(2)),
                FEBRUARY_2016.plus(Duration.ofDays(31)), FEBRUARY_2016.plus(Duration.ofDays(60)), ticket);
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password());

        assertThat(browser.path(), equalTo("/console"));
        browser.type("Ticket or request id", ticket).press("Filter");
        assertThat(rows(), hasSize(4));
        browser.snapshot("console");

        new Select(browser.labelled("Type")).selectByVisibleText("Objection to a use of your data");
        browser.labelled("Overdue only").click();
        browser.press("Filter");

        List<WebElement> rows = rows();
        assertThat(rows, hasSize(1));
        assertThat(rows.get(0).getText(), allOf(containsString("Objection to a use of your data"),
                containsString("Being reviewed by our team"), containsString("1 Feb 2016"), containsString("Overdue"),
                containsString("Customer service"), containsString(ticket)));
        assertThat(rows.get(0).findElement(By.tagName("a")).getAttribute("href"),
                endsWith("/console/requests/" + overdueObjection));
        assertThat(browser.driver().getCurrentUrl(), allOf(containsString("type=OBJECTION"), containsString("overdue=on")));
        assertThat(browser.text(), containsString("1 request matching the filters"));
    }

    @Test
    void thePeriodAndTheChannelFilterToo() throws Exception {
        String ticket = ticket();
        seed.request("EXPORT", "COMPLETED", "CUSTOMER_SERVICE", Instant.parse("2016-05-10T10:00:00Z"),
                Instant.parse("2016-06-10T10:00:00Z"), Instant.parse("2016-05-12T10:00:00Z"), ticket);
        String inMay = seed.request("EXPORT", "COMPLETED", "SELF_SERVICE", Instant.parse("2016-05-20T10:00:00Z"),
                Instant.parse("2016-06-20T10:00:00Z"), Instant.parse("2016-05-22T10:00:00Z"), ticket);
        seed.request("EXPORT", "COMPLETED", "SELF_SERVICE", Instant.parse("2016-07-01T10:00:00Z"),
                Instant.parse("2016-08-01T10:00:00Z"), Instant.parse("2016-07-02T10:00:00Z"), ticket);
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password());

        browser.open("/console?ticket=" + ticket + "&channel=SELF_SERVICE&from=2016-05-01&to=2016-05-31");

        List<WebElement> rows = rows();
        assertThat(rows, hasSize(1));
        assertThat(rows.get(0).findElement(By.tagName("a")).getAttribute("href"), endsWith("/console/requests/" + inMay));
        assertThat(new Select(browser.labelled("Channel")).getFirstSelectedOption().getText(), equalTo("Self-service"));
    }

    @Test
    void manyRequestsComeAPageAtATimeNewestFirst() throws Exception {
        String ticket = ticket();
        for (int day = 0; day < ConsoleRequestsPage.PAGE_SIZE + 2; day++) {
            Instant received = Instant.parse("2016-09-01T10:00:00Z").plus(Duration.ofDays(day));
            seed.request("INDEPENDENCE", "COMPLETED", "CUSTOMER_SERVICE", received, received.plus(Duration.ofDays(30)),
                    received.plus(Duration.ofDays(1)), ticket);
        }
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console?ticket=" + ticket);

        assertThat(rows(), hasSize(ConsoleRequestsPage.PAGE_SIZE));
        assertThat(rows().get(0).getText(), containsString("27 Sep 2016"));
        assertThat(browser.text(), containsString("27 requests matching the filters, newest first (dates in UTC): page 1 of 2"));

        browser.follow("Older");

        assertThat(rows(), hasSize(2));
        assertThat(rows().get(1).getText(), containsString("1 Sep 2016"));
        assertThat(browser.text(), containsString("Page 2 of 2"));
    }

    @Test
    void aPageFarBeyondTheLastShowsTheLastPageNotAnError() {
        Staff auditor = Staff.create("auditor");

        auditor.api().get("/console?page=99999999").then().statusCode(200)
                .body(allOf(containsString("<h1>Requests</h1>"), not(containsString("Something went wrong"))));
    }

    @Test
    void aFilterValueThatIsNotOfferedIsRefusedWithWhatToFixNotAnError() throws Exception {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console?type=ERASE_EVERYTHING&from=March&page=0");

        assertThat(browser.heading(), equalTo("Requests"));
        assertThat(browser.text(), allOf(
                containsString("Choose one of the request types in the list (\"ERASE_EVERYTHING\" is not one)"),
                containsString("Write a day such as 2026-11-01 (\"March\" is not a day)"),
                containsString("The page must be a number from 1 on"),
                not(containsString("Something went wrong"))));
        assertThat(rows(), hasSize(0));
        auditor.api().get("/console?status=LOST").then().statusCode(400)
                .body(containsString("Choose one of the statuses in the list"));
    }

    @Test
    void theConsoleIsTheAuditorsAnAgentIsTurnedAway() {
        Staff agent = Staff.create("agent");
        browser.signIn(agent.username(), agent.password()).open("/console");

        assertThat(browser.heading(), equalTo("You cannot do this here"));
        assertThat(rows(), hasSize(0));
    }

    private static List<WebElement> rows() {
        return browser.all("table.console-requests tbody tr");
    }

    private static String ticket() {
        return "CONSOLE-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
