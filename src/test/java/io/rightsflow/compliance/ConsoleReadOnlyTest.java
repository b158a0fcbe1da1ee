package io.rightsflow.compliance;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Browser;
import io.rightsflow.support.Staff;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/** Auditors read: no page of the console offers them a form (or an htmx call) that writes. */
@QuarkusTest
@Tag("browser")
class ConsoleReadOnlyTest {

    /**
     * Every page of the console, with its states that show more (results, a check, a refused filter).
     * {@code {request}}: a request with an erasure certificate; {@code {subject}}: the profile it erased.
     * A new console page is added here.
     */
    static final List<String> CONSOLE_PAGES = List.of(
            "/console",
            "/console?type=OBJECTION&overdue=on&ticket={ticket}",
            "/console?type=NOT_A_TYPE",
            "/console/report",
            "/console/report?from=2016-01-01&to=2016-12-31",
            "/console/audit",
            "/console/audit?verify=now",
            "/console/audit?verify=now&head=not-a-head",
            "/console/certificates",
            "/console/certificates?request={request}",
            "/console/certificates?subject={subject}",
            "/console/record",
            "/console/holds",
            "/console/requests/{request}");

    /** The layout's sign-out: the one form a signed-in auditor may post, which ends only their own session. */
    static final String SIGN_OUT = "/logout";

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

    @Inject
    ErasureCertificates certificates;

    @Test
    void anAuditorFindsNoFormThatWritesOnAnyConsolePage() throws Exception {
        String ticket = "CONSOLE-" + UUID.randomUUID().toString().substring(0, 8);
        String request = seed.request("PROFILE_ERASURE", "COMPLETED", "CUSTOMER_SERVICE",
                Instant.parse("2016-03-01T10:00:00Z"), Instant.parse("2016-04-01T10:00:00Z"),
                Instant.parse("2016-03-09T10:00:00Z"), ticket);
        String subject = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> certificates.issue(request, "PROFILE", subject,
                "measurements=1 profiles=1", List.of(), Instant.parse("2016-03-01T10:00:00Z")));
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password());

        List<String> writing = new ArrayList<>();
        for (String template : CONSOLE_PAGES) {
            String path = template.replace("{request}", request).replace("{subject}", subject).replace("{ticket}", ticket);
            browser.open(path);
            assertThat(path, browser.heading(), not(is("You cannot do this here")));
            assertThat(path, browser.heading(), not(is("We could not find this")));
            List<WebElement> forms = browser.all("form");
            assertThat(path + " has the layout's sign-out form at least", forms.size(), greaterThan(0));
            for (WebElement form : forms) {
                String method = form.getDomAttribute("method");
                String action = form.getDomAttribute("action");
                if (SIGN_OUT.equals(action)) {
                    continue;
                }
                if (method == null || !"get".equals(method.toLowerCase(Locale.ROOT))) {
                    writing.add(path + ": form " + action + " has method " + method);
                }
            }
            for (WebElement element : browser.all("[formmethod]")) {
                if (!"get".equalsIgnoreCase(element.getDomAttribute("formmethod"))) {
                    writing.add(path + ": a button posts with formmethod " + element.getDomAttribute("formmethod"));
                }
            }
            for (WebElement element : browser.all("[hx-post],[hx-put],[hx-patch],[hx-delete],"
                    + "[data-hx-post],[data-hx-put],[data-hx-patch],[data-hx-delete]")) {
                writing.add(path + ": an htmx call that writes on " + element.getTagName());
            }
        }
        assertThat(writing, empty());
        assertThat(browser.all("form[action='" + SIGN_OUT + "']"), hasSize(1));
        assertThat("the walk reached the last page", browser.heading(), equalTo("Delete a profile: request " + request));
    }

    @Test
    void theListOfPagesHoldsEveryPageOfTheConsoleNavigation() {
        Staff auditor = Staff.create("auditor");
        browser.signIn(auditor.username(), auditor.password()).open("/console");

        List<String> linked = browser.all("nav[aria-label='Compliance console'] a").stream()
                .map(a -> a.getDomAttribute("href")).toList();

        assertThat(linked.stream().filter(href -> !CONSOLE_PAGES.contains(href)).toList(), empty());
    }
}
