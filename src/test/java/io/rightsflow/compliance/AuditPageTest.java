package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@Tag("browser")
class AuditPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void verifyingTheChainShowsItValidAndTheHeadToNoteDown() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/audit");

        browser.press("Verify the chain");
        browser.snapshot("console-audit");

        assertThat(browser.text(), allOf(containsString("The chain is valid"), containsString("The head to note down")));
        String head = noted();
        assertThat(head, matchesPattern("[1-9][0-9]*:[0-9a-f]{64}"));
        assertThat(head, equalTo(number() + ":" + hash()));
        auditor.api().get("/api/audit/verify?head={head}", head).then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void aHeadNotedEarlierThatStillHoldsIsConfirmed() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/audit?verify=now");
        String head = noted();
        Staff.create("agent");

        browser.type("A head noted earlier (optional)", head).press("Verify the chain");

        assertThat(browser.text(), allOf(containsString("The chain is valid"),
                containsString("The head you noted, " + head.split(":")[0] + ", still holds")));
        assertThat(browser.driver().getCurrentUrl(), containsString("head="));
    }

    @Test
    void aWrongNotedHeadIsReported() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/audit?verify=now");
        long number = Long.parseLong(number());

        browser.type("A head noted earlier (optional)", number + ":" + "ab".repeat(32)).press("Verify the chain");

        assertThat(browser.text(), allOf(containsString("The chain is broken"),
                containsString("the event of the noted head " + number + " has another hash now"),
                not(containsString("The chain is valid"))));

        browser.type("A head noted earlier (optional)", (number + 100_000) + ":" + "ab".repeat(32))
                .press("Verify the chain");

        assertThat(browser.text(), allOf(containsString("The chain is broken"),
                containsString("before the noted head " + (number + 100_000) + ": the newest events were removed")));
    }

    @Test
    void aNotedHeadThatIsNotAHeadGetsAMessageAndNoCheck() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console/audit");

        browser.type("A head noted earlier (optional)", "the one from Monday").press("Verify the chain");

        assertThat(browser.text(), allOf(containsString("Write the head as you noted it, <number>:<hash>"),
                not(containsString("The chain is valid")), not(containsString("The chain is broken"))));
    }

    private static String noted() {
        return browser.all("code.head-text").get(0).getText();
    }

    private static String number() {
        return browser.all("dd.head-number").get(0).getText();
    }

    private static String hash() {
        return browser.all("dd.head-hash").get(0).getText();
    }
}
