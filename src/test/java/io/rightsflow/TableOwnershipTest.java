package io.rightsflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one feature, and only that feature's Java names it in SQL (or names its
 * entity in JPQL): the others go through the owner's public services. The catalogue is read-only
 * reference data that every feature may read, so its tables are shared.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/io/rightsflow");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final String SHARED = "catalog";

    /** Table → the feature package that owns it. A new table must be given an owner here. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("account", "account"), Map.entry("profile", "account"), Map.entry("address_change", "account"),
            Map.entry("pending_act", "approval"),
            Map.entry("audit_event", "audit"), Map.entry("audit_chain_head", "audit"), Map.entry("audit_seal", "audit"),
            Map.entry("camera_privacy", "camera"),
            Map.entry("catalog_category", SHARED), Map.entry("catalog_partner", SHARED),
            Map.entry("catalog_partner_category", SHARED), Map.entry("catalog_product", SHARED),
            Map.entry("catalog_product_category", SHARED),
            Map.entry("challenge", "challenge"), Map.entry("challenge_invitation", "challenge"),
            Map.entry("consent_record", "consent"),
            Map.entry("challenge_member", "challenge"), Map.entry("challenge_team", "challenge"),
            Map.entry("waiting_challenge_invitation", "challenge"),
            Map.entry("erasure_certificate", "compliance"),
            Map.entry("due_soon_note", "desk"),
            Map.entry("deletion_cancellation", "erasure"), Map.entry("farewell_mail", "erasure"),
            Map.entry("notice_decision", "erasure"),
            Map.entry("export_archive", "export"), Map.entry("export_archive_chunk", "export"),
            Map.entry("independence", "independence"),
            Map.entry("link_token", "link"),
            Map.entry("mail_log", "mail"),
            Map.entry("camera_screenshot", "measurement"), Map.entry("device", "measurement"),
            Map.entry("measurement", "measurement"), Map.entry("sleep_night", "measurement"),
            Map.entry("notification_preference", "notification"), Map.entry("timeline_item", "notification"),
            Map.entry("objection", "objection"), Map.entry("processing_restriction", "objection"),
            Map.entry("notice_to_partner", "partner"), Map.entry("erasure_notice", "partner") /* notice_to_partner before V25 */, Map.entry("partner_call", "partner"),
            Map.entry("partner_delivery", "partner"), Map.entry("partner_delivery_item", "partner"),
            Map.entry("partner_disconnection", "partner"), Map.entry("partner_grant", "partner"),
            Map.entry("rectification", "rectification"), Map.entry("rectification_item", "rectification"),
            Map.entry("login_throttle", "security"),
            Map.entry("data_request", "request"), Map.entry("idempotent_request", "request"),
            Map.entry("request_refusal", "request"),
            Map.entry("dashboard_share", "sharing"), Map.entry("item_share", "sharing"),
            Map.entry("waiting_share", "sharing"),
            Map.entry("staff_user", "staff"),
            Map.entry("legal_hold", "hold"),
            Map.entry("erasure_past_holds", "hold"),
            Map.entry("restriction_request", "restriction"),
            Map.entry("system_call", "downstream"), Map.entry("system_call_data", "downstream"),
            Map.entry("system_callback_nonce", "downstream"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");
    private static final Pattern ENTITY = Pattern.compile("@Entity\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*public class (\\w+)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A table or entity after a keyword, or the second of a JPQL list ("from Measurement m, Profile p where"). */
    private static final Pattern NAMED_AFTER_KEYWORD = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)|,\\s*(\\w+)\\s+\\w+\\s+(?:where|join)\\b");

    @Test
    void everyTableOfTheMigrationsHasAnOwningFeature() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        }
        tables.removeAll(OWNERS.keySet());
        assertEquals(Set.of(), tables, "tables without an owner in TableOwnershipTest.OWNERS");
    }

    @Test
    void onlyTheOwningFeatureNamesATableOrItsEntityInSql() throws IOException {
        Map<String, String> owners = new HashMap<>(OWNERS);
        owners.putAll(entityOwners());
        List<String> trespasses = new ArrayList<>();
        for (Path file : javaFiles()) {
            String feature = MAIN.relativize(file).getName(0).toString();
            for (String sql : sqlTexts(Files.readString(file))) {
                Matcher m = NAMED_AFTER_KEYWORD.matcher(sql);
                while (m.find()) {
                    String named = m.group(1) != null ? m.group(1) : m.group(2);
                    String owner = owners.get(named.toLowerCase());
                    if (owner != null && !owner.equals(feature) && !owner.equals(SHARED)) {
                        trespasses.add(MAIN.relativize(file) + " names " + named + " of " + owner + ": \"" + sql + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), trespasses);
    }

    @Test
    void theScanSeesTheSqlOfTheOwnersThemselves() throws IOException {
        // Guards the test above against passing because it reads nothing.
        String chunks = Files.readString(MAIN.resolve("export/ArchiveStore.java"));
        assertTrue(sqlTexts(chunks).stream().anyMatch(sql -> sql.contains("from export_archive_chunk")));
        assertEquals("measurement", entityOwners().get("device"));
    }

    /** Entity class name (as JPQL names it, lower-cased) → its package. */
    private static Map<String, String> entityOwners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        for (Path file : javaFiles()) {
            Matcher m = ENTITY.matcher(Files.readString(file));
            if (m.find()) {
                owners.put(m.group(1).toLowerCase(), MAIN.relativize(file).getName(0).toString());
            }
        }
        return owners;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    /** The string literals of a source file, with literals joined by {@code +} read as one text. */
    static List<String> sqlTexts(String source) {
        List<String> texts = new ArrayList<>();
        Matcher m = LITERAL.matcher(source);
        StringBuilder current = null;
        int end = -1;
        while (m.find()) {
            boolean continued = current != null && source.substring(end, m.start()).strip().equals("+");
            if (!continued) {
                if (current != null) {
                    texts.add(current.toString());
                }
                current = new StringBuilder();
            }
            current.append(m.group(1));
            end = m.end();
        }
        if (current != null) {
            texts.add(current.toString());
        }
        return texts.stream().filter(t -> t.matches("(?is).*\\b(select|delete|insert|update)\\b.*")).toList();
    }
}
