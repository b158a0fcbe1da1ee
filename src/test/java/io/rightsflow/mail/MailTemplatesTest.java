package io.rightsflow.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailTemplatesTest {

    private static final Pattern TAG = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** A value for everything any mail template may use; strict rendering fails on anything else. */
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
        data.put("requestType", "objection to a use of the data");
        data.put("receivedOn", "1 December 2026");
        data.put("reasonKind", "<Another reason>");
        data.put("reasons", "<b>asked 12 times</b>");
        data.put("authorityName", "<Authority & Co>");
        data.put("authorityAddress", "1 <Square>");
        data.put("authorityUrl", "https://dpa.example/?a=1&b=2");
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
        data.put("done", List.of("The profile's name is now \"<Sam & Co>\"."));
        data.put("partnersTold", true);
        data.put("ground", "you need the data for <legal claims>");
        data.put("since", "1 December 2026, 10:00 UTC");
        data.put("unsubscribeUrl", "http://localhost:8080/unsubscribe/abc_-1");
        return data;
    }

    @Test
    void everyMailHasAnHtmlAndAPlainTextTemplateNamedAfterIt() {
        for (MailKind kind : MailKind.values()) {
            assertTrue(kind.template().endsWith("/" + kind.name().toLowerCase().replace('_', '-')), kind.template());
            assertTrue(Files.exists(Path.of("email-templates", kind.template() + ".html")), kind + " html");
            assertTrue(Files.exists(Path.of("email-templates", kind.template() + ".txt")), kind + " txt");
        }
    }

    @Test
    void everyMailHasOneRecordNamedAfterItInTheFeatureOfItsTemplates() throws Exception {
        Map<MailKind, Class<?>> records = records();
        for (MailKind kind : MailKind.values()) {
            assertTrue(records.containsKey(kind), kind + " has no record");
        }
        records.forEach((kind, type) -> {
            assertEquals(camelCase(kind), type.getSimpleName());
            String feature = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
            assertTrue(kind.template().startsWith(feature + "/"), type + " lives apart from " + kind.template());
            assertTrue(type.isRecord(), type + " is no record");
            // Qute takes a record for a template only if it names TemplateInstance itself.
            assertTrue(Arrays.asList(type.getInterfaces()).contains(TemplateInstance.class),
                    type + " does not name TemplateInstance among its interfaces");
        });
    }

    @Test
    void everyRecordHoldsOnlyValuesItsTemplatesUse() throws Exception {
        for (Map.Entry<MailKind, Class<?>> entry : records().entrySet()) {
            Set<String> used = wordsInTags(entry.getKey());
            for (RecordComponent component : entry.getValue().getRecordComponents()) {
                assertTrue(used.contains(component.getName()),
                        entry.getValue().getSimpleName() + "." + component.getName() + " is in neither template");
            }
        }
    }

    @Test
    void everyRecordRendersItsOwnTwoTemplatesInTheSharedLayoutEscapingItsHtml() throws Exception {
        for (Map.Entry<MailKind, Class<?>> entry : records().entrySet()) {
            MailKind kind = entry.getKey();
            MailData mail = sample(entry.getValue());
            assertEquals(kind, mail.mailKind());
            assertEquals("mail/" + kind.template() + ".html",
                    mail.setVariant(Variant.forContentType(Variant.TEXT_HTML)).getTemplate().getId());
            assertRendered(mail, Mails.render(mail, Variant.TEXT_HTML), Mails.render(mail, Variant.TEXT_PLAIN));
        }
    }

    @Test
    void marketingMailsAndOnlyTheyCarryTheOneClickUnsubscribeHeaders() throws Exception {
        for (Class<?> type : records().values()) {
            MailData mail = sample(type);
            if (mail instanceof MarketingMail) {
                assertEquals(Map.of("List-Unsubscribe", "<http://localhost:8080/unsubscribe/abc_-1>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), Mails.headers(mail));
            } else {
                assertEquals(Map.of(), Mails.headers(mail), type.getSimpleName());
            }
        }
    }

    private static void assertRendered(MailData mail, String html, String text) {
        MailKind kind = mail.mailKind();
        if (mail instanceof MarketingMail marketing) {
            // its own layout: the right to object stated, the link that stops them, no word of a GDPR request
            assertTrue(html.contains("Your right to object:</strong> you may object to direct marketing at any time")
                    && text.contains("Your right to object: you may object to direct marketing at any time"), kind + " lacks the right to object");
            assertTrue(html.matches("(?s).*<a href=\"" + java.util.regex.Pattern.quote(marketing.unsubscribeUrl())
                    + "\"[^>]*>Unsubscribe from tips and product news</a>.*"), kind + " lacks the unsubscribe link");
            assertTrue(text.contains("Unsubscribe from tips and product news: " + marketing.unsubscribeUrl()), text);
            assertFalse(html.contains("request about your data") || text.contains("request about your data"),
                    kind + " has the footer of data-rights mails");
        } else {
            assertTrue(html.contains("GDPR") && text.contains("GDPR"), kind + " lacks the shared layout");
        }
        assertTrue(html.startsWith("<!DOCTYPE html>") && !text.contains("<!DOCTYPE"), kind + " swapped its html and its text");
        for (Object value : sampleData().values()) {
            assertFalse(String.valueOf(value).contains("<") && html.contains(String.valueOf(value)),
                    kind + " does not escape " + value + " in HTML");
        }
    }

    /** The MailData records in the application's own classes, by the kind they send. */
    private static Map<MailKind, Class<?>> records() throws Exception {
        List<String> names = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rightsflow").stream()
                .filter(c -> c.isAssignableTo(MailData.class) && !c.isInterface())
                .map(c -> c.getName()).toList();
        Map<MailKind, Class<?>> records = new EnumMap<>(MailKind.class);
        for (String name : names) {
            Class<?> type = Class.forName(name);
            Class<?> other = records.put(sample(type).mailKind(), type);
            assertTrue(other == null, other + " and " + type + " send the same kind of mail");
        }
        return records;
    }

    /** The record made from the sample value of each of its components. */
    private static MailData sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> constructor = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        Map<String, Object> data = sampleData();
        return (MailData) constructor.newInstance(Arrays.stream(components).map(c -> data.get(c.getName())).toArray());
    }

    private static Set<String> wordsInTags(MailKind kind) throws IOException {
        Set<String> words = new HashSet<>();
        for (String suffix : List.of(".html", ".txt")) {
            Matcher tag = TAG.matcher(Files.readString(Path.of("email-templates", kind.template() + suffix)));
            while (tag.find()) {
                WORD.matcher(tag.group(1)).results().forEach(word -> words.add(word.group()));
            }
        }
        return words;
    }

    private static String camelCase(MailKind kind) {
        return Arrays.stream(kind.name().split("_"))
                .map(part -> part.charAt(0) + part.substring(1).toLowerCase())
                .collect(Collectors.joining());
    }
}
