package io.rightsflow.account;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Art. 13: after the notice's version changed, the next sign-in asks again before anything else. */
@QuarkusTest
@Tag("browser")
class NoticePageTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    PrivacyNotice notice;

    @Test
    void afterTheVersionChangedTheNextSignInLandsOnTheNoticeAndAcceptingStoresTheNewVersion() {
        Subject subject = Subject.create();
        NoticeTest.olderNotice(subject.accountId());

        browser.signIn(subject.email(), subject.password());

        assertThat(browser.path(), equalTo("/account/notice"));
        assertThat(browser.heading(), equalTo("Our privacy notice has changed"));
        assertThat(browser.text(), containsString("You accepted version 2020-01."));
        browser.snapshot("notice-changed");
        browser.open("/settings");
        assertThat("every other page asks first", browser.path(), equalTo("/account/notice"));

        browser.press("Accept version " + notice.version() + " and continue");

        assertThat(browser.path(), equalTo("/settings"));
        assertThat(NoticeTest.account(subject.accountId()).noticeVersion, equalTo(notice.version()));
        assertThat(NoticeTest.account(subject.accountId()).noticeAcceptedAt.toString(), not(containsString("2020")));
        browser.open("/dashboard");
        assertThat(browser.path(), equalTo("/dashboard"));
    }

    @Test
    void thePagesOfThePersonsRightsDoNotWaitForTheNotice() {
        Subject subject = Subject.create();
        NoticeTest.olderNotice(subject.accountId());
        browser.signIn(subject.email(), subject.password());

        browser.open("/requests");
        assertThat(browser.path(), equalTo("/requests"));
        browser.open("/account");
        assertThat(browser.path(), equalTo("/account"));
        browser.open("/privacy-notice");
        assertThat(browser.text(), containsString("Version " + notice.version()));
        assertThat(NoticeTest.account(subject.accountId()).noticeVersion, equalTo("2020-01"));
    }
}
