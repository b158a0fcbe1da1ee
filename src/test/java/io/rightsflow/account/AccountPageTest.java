package io.rightsflow.account;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
@Tag("browser")
class AccountPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void theAccountScreenListsEveryProfileWithItsStatusAndWhatCanBeDoneWithIt() {
        Subject subject = Subject.create("Mum");
        subject.addProfile("Junior");
        String grandpa = subject.addProfile("Grandpa");
        subject.eraseProfile(grandpa);
        await().atMost(Processes.PATIENCE).until(() -> "PENDING_DELETION".equals(statusOf(subject, grandpa)));

        browser.signIn(subject.email(), subject.password()).open("/account");

        assertThat(browser.heading(), equalTo("Account management"));
        browser.snapshot("account");
        assertThat(card("Mum"), allOf(containsString("Main profile"), containsString("Status: Active"),
                containsString("Delete"), not(containsString("Make independent"))));
        assertThat(card("Junior"), allOf(containsString("Secondary profile"), containsString("Status: Active"),
                containsString("Delete"), containsString("Make independent"), not(containsString("Reactivate"))));
        assertThat(card("Grandpa"), allOf(containsString("Status: Pending deletion"), containsString("Reactivate"),
                not(containsString("Make independent"))));
        assertThat(browser.text(), containsString("secondary profiles must be deleted or made independent first"));
    }

    @Test
    void aPersonAloneOnTheAccountSeesOnlyTheMainProfileAndNoOnesElse() {
        Subject other = Subject.create("Stranger");
        other.addProfile("Their child");
        Subject subject = Subject.create("Solo");

        browser.signIn(subject.email(), subject.password()).open("/account");

        assertThat(browser.all("ul.profiles > li").size(), equalTo(1));
        assertThat(browser.text(), allOf(containsString("Solo"), not(containsString("Their child")),
                not(containsString("must be deleted or made independent first"))));
    }

    @Test
    void aPersonRenamesAProfileAtOnceAndAnEmptyNameIsRefusedWithoutChangingIt() {
        Subject subject = Subject.create("Mum");
        String junior = subject.addProfile("Junior");
        browser.signIn(subject.email(), subject.password()).open("/account");

        browser.pressIn("Junior", "Rename");
        browser.type("New name", " ");
        browser.press("Rename");

        assertThat(browser.text(), containsString("Enter the profile's new name."));
        assertThat(nameOf(subject, junior), equalTo("Junior"));
        browser.type("New name", "Jules");
        browser.snapshot("profile-name");
        browser.press("Rename");

        assertThat(browser.text(), containsString("The profile has its new name."));
        assertThat(card("Jules"), containsString("Secondary profile"));
        assertThat(nameOf(subject, junior), equalTo("Jules"));
        assertThat(subject.api().get("/api/requests?type=RECTIFICATION").then().extract().jsonPath().getList("id"),
                equalTo(List.of()));
    }

    @Test
    void aPersonAddsAChildsProfileWithItsYearOfBirthAndAYearThatCannotBeOneIsRefused() {
        Subject subject = Subject.create("Mum");
        int childsYear = Year.now(ZoneOffset.UTC).getValue() - 10;
        browser.signIn(subject.email(), subject.password()).open("/account");

        browser.type("Name", "Junior").type("Year of birth (optional)", "20x6").press("Add the profile");

        assertThat(browser.driver().findElement(By.id("birthYear-error")).getText(), containsString("four digits"));
        assertThat(browser.labelled("Name").getAttribute("value"), equalTo("Junior"));
        assertThat(subject.api().get("/api/accounts/{id}", subject.accountId()).then().extract().jsonPath()
                .getList("profiles"), hasSize(1));
        browser.type("Year of birth (optional)", String.valueOf(childsYear)).press("Add the profile");

        assertThat(browser.text(), containsString("The profile is added."));
        assertThat(card("Junior"), allOf(containsString("Secondary profile"), containsString("Born in " + childsYear)));
        String junior = subject.api().get("/api/accounts/{id}", subject.accountId()).then().extract().jsonPath()
                .getString("profiles.find { it.name == 'Junior' }.profileId");
        subject.api().get("/api/accounts/{id}", subject.accountId()).then()
                .body("profiles.find { it.name == 'Junior' }.birthYear", equalTo(childsYear));
        subject.api().get("/api/profiles/{id}/consents", junior).then().body("child", equalTo(true));
    }

    private static String nameOf(Subject subject, String profileId) {
        return subject.api().get("/api/accounts/{id}", subject.accountId()).then().extract().jsonPath()
                .getString("profiles.find { it.profileId == '" + profileId + "' }.name");
    }

    private static String card(String name) {
        WebElement heading = browser.driver().findElement(By.xpath("//ul[@class='profiles']/li/h3[normalize-space(.)='"
                + name + "']"));
        return heading.findElement(By.xpath("..")).getText();
    }

    static String statusOf(Subject subject, String profileId) {
        List<Map<String, Object>> profiles = subject.api().get("/api/accounts/{id}", subject.accountId())
                .then().statusCode(200).extract().jsonPath().getList("profiles");
        return profiles.stream().filter(p -> profileId.equals(p.get("profileId"))).map(p -> (String) p.get("status"))
                .findFirst().orElse(null);
    }
}
