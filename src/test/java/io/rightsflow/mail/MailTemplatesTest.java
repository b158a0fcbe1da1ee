package io.rightsflow.mail;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailTemplatesTest {

    @Inject
    Mails mails;

    /** Everything any mail template may use; strict rendering fails on anything else. */
    static Map<String, Object> sampleData() {
        Map<String, Object> data = new HashMap<>();
        data.put("profileName", "<Sam & Co>");
        data.put("deletionAt", "1 December 2026, 10:00 UTC");
        data.put("deletedAt", "1 December 2026, 10:00 UTC");
        data.put("reactivateUrl", "http://localhost:8080/links/abc");
        data.put("saveDataUrl", "http://localhost:8080/links/save");
        data.put("requestId", "r-1");
        data.put("what", "the profile \"Sam\"");
        data.put("expiresAt", "8 December 2026, 10:00 UTC");
        data.put("sizeMiB", "1.5");
        data.put("downloadUrl", "http://localhost:8080/links/download");
        data.put("rows", 12);
        data.put("kind", "weight");
        data.put("importedAt", "1 December 2026, 10:00 UTC");
        data.put("purposes", "research, direct marketing");
        data.put("accepted", false);
        data.put("grounds", "<b>safety</b>");
        data.put("liftsAt", "15 December 2026, 10:00 UTC");
        data.put("requestType", "OBJECTION");
        data.put("months", 2);
        data.put("reason", "complex");
        data.put("dueAt", "25 January 2027, 10:00 UTC");
        data.put("confirmUrl", "http://localhost:8080/links/confirm");
        data.put("confirmBy", "2 December 2026, 10:00 UTC");
        data.put("newOwner", true);
        data.put("partners", "Apple Health, Google Fit");
        data.put("partnerName", "<Partner & Co>");
        data.put("erasureNotice", true);
        data.put("deliveredAt", "1 December 2026, 10:00 UTC");
        data.put("title", "<Tip & trick>");
        data.put("text", "<b>drink water</b>");
        return data;
    }

    @Test
    void everyMailHasAnHtmlAndAPlainTextTemplateThatRender() {
        for (MailKind kind : MailKind.values()) {
            assertTrue(Files.exists(Path.of("email-templates", kind.template() + ".html")), kind + " html");
            assertTrue(Files.exists(Path.of("email-templates", kind.template() + ".txt")), kind + " txt");
            String html = mails.render(kind, "html", sampleData());
            String text = mails.render(kind, "txt", sampleData());
            assertTrue(html.contains("GDPR") && text.contains("GDPR"), kind + " lacks the shared layout");
            assertTrue(!html.contains("<Sam & Co>"), kind + " does not escape its data in HTML");
        }
    }
}
