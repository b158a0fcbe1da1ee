package io.rightsflow.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileData;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.audit.AuditRecord;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.compliance.SystemRecords;
import io.rightsflow.downstream.SystemData;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Writes the ZIP of an access copy (GDPR Art. 15): for each profile a folder with its row
 * ({@code profile.jsonl}), what every {@link ProfileData} owner exports of it and the audit events
 * about it; for a whole account also its row, what every {@link AccountData} owner exports and the
 * events of its account-wide requests; each downstream system's file under systems/&lt;id&gt;/ and
 * systems.json, what came of asking each; then the document about the data and contents.json, which
 * lists, owner by owner, the files and rows it wrote (the tests check it against every owner).
 */
@ApplicationScoped
class AccessArchives {

    static final String CONTENTS = "contents.json";
    static final String ABOUT_JSON = "about-your-data.json";
    static final String ABOUT_HTML = "about-your-data.html";
    static final String AUDIT = "audit events";
    static final String SYSTEMS = "systems.json";

    @Inject
    Instance<ProfileData> profileOwners;

    @Inject
    Instance<AccountData> accountOwners;

    @Inject
    AuditTrail audit;

    @Inject
    Requests requests;

    @Inject
    AccessDocument document;

    @Inject
    SystemRecords systems;

    @Inject
    SystemData systemData;

    /**
     * A downstream system's part of the copy: what came of asking it, and where its file is in the
     * archive ({@code systems/<id>/<name>}), or null when it returned none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SystemPart(String system, String name, String kind, String status, Instant askedAt, Instant answeredAt,
            Long count, String file) {
    }

    /** One owner's part of the copy: for whom ("account" or a profile id), and its rows per file. */
    record Section(String owner, String of, Map<String, Long> files) {
        long rows() {
            return files.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    record Contents(String requestId, String builtAt, List<Section> sections, long rowsTotal) {
    }

    /** {@code wholeAccount}: the account's own data too, beside that of {@code profiles}. */
    Contents write(String requestId, AccountRef account, boolean wholeAccount, List<ProfileRef> profiles,
            Instant builtAt, int compressionLevel, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        zip.setLevel(compressionLevel);
        AccessZip files = new AccessZip(zip);
        List<Section> sections = new ArrayList<>();
        for (ProfileRef profile : profiles) {
            files.folder("profiles/" + profile.id() + "/");
            files.write("profile", new ProfileRow(profile.id(), profile.name(), profile.main(), profile.status().name(),
                    profile.createdAt(), profile.birthYear()));
            sections.add(new Section("profiles", profile.id(), files.counting()));
            for (ProfileData owner : sorted(profileOwners)) {
                owner.exportTo(files, profile.id());
                sections.add(new Section(owner.kind(), profile.id(), files.counting()));
            }
            writeAudit(files, profile);
            sections.add(new Section(AUDIT, profile.id(), files.counting()));
        }
        if (wholeAccount) {
            files.folder("account/");
            files.write("account", new AccountRow(account.id(), account.email(), account.units().weight,
                    account.units().distance, account.units().height, account.status().name(), account.createdAt(),
                    account.noticeVersion(), account.noticeAcceptedAt()));
            sections.add(new Section("account", "account", files.counting()));
            for (AccountData owner : accountOwners.stream().sorted(Comparator.comparing(AccountData::kind)).toList()) {
                owner.exportTo(files, account.id());
                sections.add(new Section(owner.kind(), "account", files.counting()));
            }
            for (RequestRef request : requests.ofAccountAsAWhole(account.id())) {
                audit.ofRequest(request.id()).forEach(event -> files.write("audit-events", withoutStaffName(event)));
            }
            sections.add(new Section(AUDIT, "account", files.counting()));
        }
        files.folder("");
        List<SystemPart> parts = writeSystems(files, requestId);
        Map<String, Long> rowsByKind = new TreeMap<>();
        sections.forEach(s -> rowsByKind.merge(s.owner(), s.rows(), Long::sum));
        AboutYourData about = document.about(requestId, account, profiles, rowsByKind, parts, builtAt);
        files.file(ABOUT_JSON, json(about));
        files.file(ABOUT_HTML, document.html(about));
        Contents contents = new Contents(requestId, builtAt.toString(), sections,
                sections.stream().mapToLong(Section::rows).sum());
        files.file(CONTENTS, json(contents));
        zip.finish();
        zip.flush();
        return contents;
    }

    /** Each system's file as it sent it, under systems/&lt;id&gt;/, and systems.json: every system asked, with its outcome. */
    private List<SystemPart> writeSystems(AccessZip files, String requestId) throws JsonProcessingException {
        List<SystemPart> parts = new ArrayList<>();
        for (SystemRecords.Outcome call : systems.of(requestId)) {
            String file = systemData.of(call.callId()).map(part -> {
                String path = "systems/" + call.system() + "/" + safe(part.fileName());
                files.file(path, part.bytes());
                return path;
            }).orElse(null);
            parts.add(new SystemPart(call.system(), call.name(), call.kind(), call.status(), call.askedAt(),
                    call.answeredAt(), call.count(), file));
        }
        files.file(SYSTEMS, json(parts));
        return parts;
    }

    /** A file name that stays inside its folder, whatever the system called it. */
    static String safe(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.matches("\\.+") ? "data" : name;
    }

    /** The events about the profile, a page at a time, then those of its requests that name no profile. */
    private void writeAudit(AccessWriter files, ProfileRef profile) {
        long after = Long.MIN_VALUE;
        List<AuditRecord> page;
        do {
            page = audit.aboutProfile(profile.id(), after, AccessWriter.BATCH);
            for (AuditRecord event : page) {
                files.write("audit-events", withoutStaffName(event));
                after = event.id();
            }
        } while (page.size() == AccessWriter.BATCH);
        for (RequestRef request : requests.ofProfile(profile.id())) {
            audit.ofRequest(request.id()).stream().filter(event -> event.profileId() == null)
                    .forEach(event -> files.write("audit-events", withoutStaffName(event)));
        }
    }

    /** A staff member's name is theirs, not the subject's: the copy says which role acted ("agent:ann" becomes "agent"). */
    static AuditRecord withoutStaffName(AuditRecord event) {
        String actor = event.actor();
        int colon = actor == null ? -1 : actor.indexOf(':');
        if (colon < 0 || !Roles.isStaffRole(actor.substring(0, colon))) {
            return event;
        }
        return new AuditRecord(event.id(), event.at(), event.kind(), actor.substring(0, colon), event.requestId(),
                event.profileId(), event.detail());
    }

    private static List<ProfileData> sorted(Instance<ProfileData> owners) {
        return owners.stream().sorted(Comparator.comparing(ProfileData::kind)).toList();
    }

    private static byte[] json(Object value) throws JsonProcessingException {
        return AccessZip.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value);
    }

    record ProfileRow(String id, String name, boolean main, String status, Instant createdAt, Integer birthYear) {
    }

    /** {@code noticeVersion}: the privacy notice the holder accepted, and when (Art. 13). */
    record AccountRow(String id, String email, String weightUnit, String distanceUnit, String heightUnit,
            String status, Instant createdAt, String noticeVersion, Instant noticeAcceptedAt) {
    }
}
