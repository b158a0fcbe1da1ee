package io.rightsflow.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

@QuarkusTest
@Tag("browser")
class SignInPageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void aSubjectSignsInWithTheFormAndLandsOnTheDashboard() {
        Subject subject = Subject.create();

        browser.signIn(subject.email(), subject.password());

        assertThat(browser.path(), equalTo("/dashboard"));
        browser.open("/settings");
        assertThat(browser.text(), containsString("Sign out"));
    }

    @Test
    void aWrongPasswordIsRefusedWithWordsThatSayWhatToDo() {
        Subject subject = Subject.create();

        browser.signIn(subject.email(), "not-the-password");

        assertThat(browser.path(), equalTo("/login"));
        browser.snapshot("sign-in");
        assertThat(browser.text(), allOf(containsString("do not match an account"), containsString("Choose a new password")));
        assertThat(browser.driver().manage().getCookieNamed("rightsflow-session"), nullValue());
    }

    @Test
    void signingOutEndsTheSessionAndPagesAskToSignInAgain() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/settings");

        browser.press("Sign out");

        assertThat(browser.text(), containsString("You are signed out"));
        browser.open("/settings");
        assertThat(browser.path(), equalTo("/login"));
    }

    @Test
    void aFormPostedWithoutItsTokenChangesNothingAndSaysSo() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/settings");

        browser.script("document.querySelectorAll('input[name=csrf]').forEach(field => field.remove())");
        browser.press("Sign out");

        assertThat(browser.text(), allOf(containsString("This form has expired or was not sent from this page"),
                containsString("nothing was changed")));
        browser.open("/settings");
        assertThat(browser.path(), equalTo("/settings"));
    }

    @Test
    void theApiDoesNotAcceptTheBrowsersSessionCookie() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password());
        Cookie session = browser.driver().manage().getCookieNamed("rightsflow-session");
        assertThat(session, notNullValue());

        given().cookie(session.getName(), session.getValue()).get("/api/me").then().statusCode(401);
        given().cookie(session.getName(), session.getValue()).redirects().follow(false)
                .get("/settings").then().statusCode(200);
    }

    @Test
    void aFormFromAnotherSiteChangesNothing() {
        Subject subject = Subject.create();
        browser.signIn(subject.email(), subject.password()).open("/settings");
        Cookie session = browser.driver().manage().getCookieNamed("rightsflow-session");
        Cookie csrf = browser.driver().manage().getCookieNamed("rightsflow-csrf");
        String token = browser.driver().findElement(org.openqa.selenium.By.name("csrf")).getAttribute("value");

        given().cookie(session.getName(), session.getValue()).cookie(csrf.getName(), csrf.getValue())
                .header("Origin", "https://evil.example").formParam("csrf", token)
                .redirects().follow(false).post("/logout")
                .then().statusCode(403);
        given().cookie(session.getName(), session.getValue()).cookie(csrf.getName(), csrf.getValue())
                .header("Origin", Browser.baseUrl()).formParam("csrf", token)
                .redirects().follow(false).post("/logout")
                .then().statusCode(303);
    }

    @Test
    void aPartOfAPageRefreshedAfterTheSessionEndedSendsTheWholeWindowToSignInAndBackToThePage() {
        given().redirects().follow(false)
                .header("HX-Request", "true")
                .header("HX-Current-URL", "http://localhost/settings/download?request=r-1")
                .get("/settings/download/requests/r-1/progress")
                .then().statusCode(401)
                .header("HX-Redirect", "/login")
                .cookie(SignInPage.RETURN_TO, "/settings/download?request=r-1");
    }
}
