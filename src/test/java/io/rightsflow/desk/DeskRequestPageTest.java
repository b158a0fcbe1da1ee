package io.rightsflow.desk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Desk;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Mailbox;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class DeskRequestPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void anExtensionFromThePageMovesTheDueDateAndMailsThePersonWhy() {
        Subject subject = Subject.create();
        String requestId = DeskResourceTest.objectToChallenges(subject);
        Staff agent = Staff.create("agent");
        new Desk(agent).taskIdOf(requestId);
        Instant dueAt = Instant.parse(agent.api().get("/api/requests/{id}", requestId).then().extract().path("dueAt"));
        browser.signIn(agent.username(), agent.password()).open("/desk/requests/" + requestId);

        assertThat(browser.heading(), equalTo("Objection to a use of your data"));
        assertThat(browser.text(), allOf(containsString("Not extended"), containsString("Review objection")));
        browser.snapshot("desk-request");
        browser.press("Extend the deadline");

        assertThat("both fields at fault are said at once", browser.text(), allOf(
                containsString("Choose one month or two months."),
                containsString("Write the reasons (at most 2000 characters): the person is told them.")));
        assertNull(extendedMonths(agent, requestId), "nothing changed");
        browser.labelled("Two months").click();
        browser.press("Extend the deadline");
        assertThat(browser.text(), allOf(containsString("Write the reasons (at most 2000 characters): the person is told them."),
                not(containsString("Choose one month or two months."))));
        assertNull(extendedMonths(agent, requestId), "nothing changed");

        browser.labelled("Two months").click();
        browser.type("Reasons (the person is told them)", "We must ask the device maker about its firmware logs.");
        browser.press("Extend the deadline");

        assertThat(browser.text(), allOf(containsString("The due date is extended"),
                containsString("Extended by 2 months: We must ask the device maker about its firmware logs."),
                containsString("No extension is possible")));
        assertEquals(2, extendedMonths(agent, requestId));
        assertEquals(dueAt.atZone(ZoneOffset.UTC).plusMonths(2).toInstant().toString(),
                agent.api().get("/api/requests/{id}", requestId).then().extract().path("dueAt"));
        String mail = Mailbox.await(mailbox, subject.email(), "more time").getText();
        assertTrue(mail.contains("firmware logs"), mail);
    }

    @Test
    void pastItsFirstMonthTheRequestPageSaysWhyNoExtensionIsPossibleAndOffersNone() {
        String requestId = DeskResourceTest.objectToChallenges(Subject.create());
        Staff agent = Staff.create("agent");
        EngineTime.moveBy(Duration.ofDays(32));

        browser.signIn(agent.username(), agent.password()).open("/desk/requests/" + requestId);

        assertThat(browser.text(), allOf(containsString("No extension is possible"),
                containsString("past its first month")));
        assertThat(browser.all("form[action$='/extension']").size(), equalTo(0));
    }

    private static Integer extendedMonths(Staff agent, String requestId) {
        return agent.api().get("/api/requests/{id}", requestId).then().statusCode(200).extract().path("extendedMonths");
    }

}
