package io.rightsflow.hold;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@QuarkusTest
@Tag("browser")
class HoldsPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aComplianceOfficerPlacesAHoldOnAProfileAndLiftsItWithAReason() {
        Subject subject = Subject.create();
        String profile = subject.mainProfileId();
        Staff officer = Staff.create("compliance-officer");
        browser.signIn(officer.username(), officer.password()).open("/holds");
        assertThat(browser.heading(), equalTo("Legal holds"));

        new Select(browser.labelled("On")).selectByValue("PROFILE");
        browser.type("Profile or account id", profile);
        new Select(browser.labelled("Reason")).selectByValue("LEGAL_CLAIMS");
        browser.type("Note for staff (optional)", "Case 2026-117");
        browser.press("Place the hold");

        assertThat(browser.path(), equalTo("/holds"));
        assertThat(browser.text(), allOf(containsString("The hold is placed"), containsString("profile " + profile)));
        String id = officer.api().get("/api/holds").then().statusCode(200)
                .extract().path("find { it.subjectId == '" + profile + "' }.id");
        officer.api().get("/api/holds").then().body("find { it.id == '" + id + "' }.current", equalTo(true))
                .body("find { it.id == '" + id + "' }.reason", equalTo("LEGAL_CLAIMS"))
                .body("find { it.id == '" + id + "' }.note", equalTo("Case 2026-117"));
        browser.snapshot("holds");

        // lifting without a reason is refused beside the field, and the hold stays in force
        browser.pressIn("profile " + profile, "Lift");
        assertThat(browser.text(), containsString("Reason is required: why the hold is lifted."));
        officer.api().get("/api/holds").then().body("find { it.id == '" + id + "' }.current", equalTo(true));

        browser.driver().findElement(By.id("lift-reason-" + id)).sendKeys("The claim was settled");
        browser.pressIn("profile " + profile, "Lift");

        assertThat(browser.path(), equalTo("/holds"));
        assertThat(browser.text(), allOf(containsString("The hold is lifted"),
                containsString("Lifted by compliance-officer:" + officer.username())));
        officer.api().get("/api/holds").then().body("find { it.id == '" + id + "' }.current", equalTo(false))
                .body("find { it.id == '" + id + "' }.liftReason", equalTo("The claim was settled"));
    }

    @Test
    void aHoldForAnUnknownIdIsRefusedBesideTheFieldAndNothingIsPlaced() {
        Staff officer = Staff.create("compliance-officer");
        int before = officer.api().get("/api/holds").then().extract().path("size()");
        browser.signIn(officer.username(), officer.password()).open("/holds");

        new Select(browser.labelled("On")).selectByValue("ACCOUNT");
        browser.type("Profile or account id", "no-such-account");
        browser.press("Place the hold");

        assertThat(browser.text(), containsString("SubjectId must be the id of an existing account."));
        assertThat(browser.labelled("Profile or account id").getAttribute("value"), equalTo("no-such-account"));
        officer.api().get("/api/holds").then().body("size()", equalTo(before));

        // a form forged without the page's token changes nothing either
        Subject subject = Subject.create();
        browser.open("/holds");
        browser.script("const form = document.createElement('form'); form.method = 'post'; form.action = '/holds';"
                + "for (const [k, v] of Object.entries(arguments[0])) { const i = document.createElement('input');"
                + " i.name = k; i.value = v; form.appendChild(i); }"
                + "document.body.appendChild(form); form.submit();",
                Map.of("subjectType", "ACCOUNT", "subjectId", subject.accountId(), "reason", "LEGAL_CLAIMS"));
        browser.waitFor("This form has expired or was not sent from this page");
        officer.api().get("/api/holds").then().body("size()", equalTo(before));
    }

    @Test
    void anAuditorReadsTheHoldsInTheConsoleAndCannotChangeThem() {
        Subject subject = Subject.create();
        Staff officer = Staff.create("compliance-officer");
        officer.api().body(Map.of("subjectType", "ACCOUNT", "subjectId", subject.accountId(), "reason", "LEGAL_OBLIGATION",
                "until", "2099-06-30")).post("/api/holds").then().statusCode(201);
        Staff auditor = Staff.create("auditor");

        browser.signIn(auditor.username(), auditor.password()).open("/console/holds");

        browser.snapshot("console-holds");
        assertThat(browser.heading(), equalTo("Legal holds"));
        assertThat(browser.text(), allOf(containsString("account " + subject.accountId()),
                containsString("A legal obligation to keep it (Art. 17(3)(b))"), containsString("1 July 2099"), containsString("In force")));
        assertThat(browser.all("main form").size(), equalTo(0));
        assertThat(browser.all("a[aria-current=page][href='/console/holds']").size(), equalTo(1));
        browser.open("/holds");
        assertThat(browser.text(), not(containsString("Place the hold")));
    }
}
