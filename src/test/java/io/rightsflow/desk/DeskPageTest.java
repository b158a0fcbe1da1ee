package io.rightsflow.desk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
@Tag("browser")
class DeskPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anAgentSeesTheOpenTaskAndClaimsItInPlace() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);

        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk?type=OBJECTION&assignee=none");

        assertThat(browser.heading(), equalTo("Desk"));
        assertThat(row(taskId).getText(), allOf(containsString("Review objection"),
                containsString("Objection to a use of your data"), containsString("Nobody yet")));
        browser.snapshot("desk");
        row(taskId).findElement(By.xpath(".//button[normalize-space(.)='Claim']")).click();

        browser.waitFor("Claimed by you: nobody else can decide it now.");
        assertThat(row(taskId).getText(), allOf(containsString("You"), containsString("Give back")));
        desk.staff().api().get("/api/desk/tasks?assignee=me").then().body("requestId", equalTo(List.of(requestId)));
    }

    @Test
    void aSecondAgentCannotClaimATaskAnotherHasClaimedAndThePageSaysWhoHasIt() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Desk first = Desk.withNewAgent();
        Staff second = Staff.create("agent");
        String taskId = first.taskIdOf(requestId);
        browser.signIn(second.username(), second.password()).open("/desk");

        // the first agent claims it while the second still has the queue open
        first.staff().api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        row(taskId).findElement(By.xpath(".//button[normalize-space(.)='Claim']")).click();

        browser.waitFor("Taken: " + first.staff().username() + " has claimed this task. Nothing was changed.");
        assertThat(row(taskId).getText(), containsString(first.staff().username()));
        assertThat(row(taskId).findElements(By.xpath(".//button[normalize-space(.)='Claim']")).size(), equalTo(0));
        first.staff().api().get("/api/desk/tasks?assignee=me").then().body("requestId", hasItem(requestId));
        second.api().get("/api/desk/tasks?assignee=me").then().body("requestId", not(hasItem(requestId)));

        browser.open("/desk/tasks/" + taskId);
        assertThat(browser.text(), containsString(first.staff().username() + " has claimed this task: only they can "
                + "decide it or give it back."));
        assertThat(browser.all("form[action$='/decision']").size(), equalTo(0));
    }

    @Test
    void withoutScriptsTheClaimFormPostsAndComesBackToTheFilteredQueue() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk?type=OBJECTION");

        // form.submit() bypasses htmx: the plain form, as without JavaScript
        WebElement before = browser.driver().findElement(By.tagName("html"));
        browser.script("arguments[0].submit()", row(taskId).findElement(By.tagName("form")));
        browser.waiting(Duration.ofSeconds(15)).until(d -> isStale(before));

        assertThat(browser.driver().getCurrentUrl(), containsString("/desk?type=OBJECTION"));
        assertThat(row(taskId).getText(), containsString("Give back"));
        desk.staff().api().get("/api/desk/tasks?assignee=me").then().body("requestId", equalTo(List.of(requestId)));
    }

    @Test
    void theFiltersNarrowTheQueueAndDueSoonAndOverdueAreSaidInWords() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        Instant dueAt = Instant.parse((String) desk.taskOf(requestId).get("dueAt"));
        browser.signIn(desk.staff().username(), desk.staff().password());

        browser.open("/desk?type=EXPORT");
        assertThat(browser.all("#task-" + taskId).size(), equalTo(0));
        browser.open("/desk?overdue=true");
        assertThat(browser.all("#task-" + taskId).size(), equalTo(0));
        browser.open("/desk?assignee=me");
        assertThat(browser.all("#task-" + taskId).size(), equalTo(0));

        EngineTime.moveTo(dueAt.minus(Duration.ofDays(3)));
        browser.open("/desk?type=OBJECTION");
        assertThat(row(taskId).getText(), containsString("Due soon"));

        EngineTime.moveTo(dueAt.plusSeconds(60));
        browser.open("/desk").labelled("Overdue only").click();
        browser.press("Show");
        assertThat(browser.driver().getCurrentUrl(), containsString("overdue=true"));
        assertThat(row(taskId).getText(), containsString("Overdue"));
    }

    @Test
    void aClaimWithoutTheFormTokenIsRefusedAndChangesNothing() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Desk desk = Desk.withNewAgent();
        String taskId = desk.taskIdOf(requestId);
        browser.signIn(desk.staff().username(), desk.staff().password()).open("/desk");

        // the session cookie goes with it, as it would with a forged form; the token does not
        Object status = browser.script("const x = new XMLHttpRequest();"
                + "x.open('POST', '/desk/tasks/' + arguments[0] + '/claim', false);"
                + "x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');"
                + "x.send('back=%2Fdesk'); return x.status;", taskId);

        assertThat(status, equalTo(403L));
        assertThat(desk.taskOf(requestId).get("assignee"), equalTo(null));
    }

    private static WebElement row(String taskId) {
        return browser.driver().findElement(By.id("task-" + taskId));
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (RuntimeException gone) {
            return true;
        }
    }
}
