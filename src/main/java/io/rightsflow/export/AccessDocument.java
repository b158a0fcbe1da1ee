package io.rightsflow.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.catalog.Partner;
import io.rightsflow.catalog.PartnerCountries;
import io.rightsflow.compliance.RecordOfProcessing;
import io.rightsflow.compliance.SystemRecords;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.partner.PartnerGrants;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.request.SupervisoryAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the document "about your data" for one copy: the purposes and legal bases of the record
 * of processing, the kinds the copy holds, the partners the subject's profiles were linked to
 * with their countries, the maker's other systems and what each returned, and the authority to
 * complain to, as configured.
 */
@ApplicationScoped
class AccessDocument {

    /** The EEA, where no transfer safeguard is needed (Art. 44-46); anywhere else names one. */
    private static final Set<String> EEA = Set.of("Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia",
            "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy",
            "Latvia", "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Norway", "Poland",
            "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden");

    /** What a system's part came to, in the document's words. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "COMPLETED", "returned its part",
            "DONE_BY_HAND", "searched by hand by the team that runs it",
            "GIVEN_UP", "could not be searched; we gave up on it, and the reason is on record");

    @Inject
    RecordOfProcessing record;

    @Inject
    PartnerGrants partnerLinks;

    @Inject
    PartnerCountries countries;

    @Inject
    SupervisoryAuthority authority;

    @ConfigProperty(name = "rightsflow.erasure.grace-period", defaultValue = "P7D")
    String gracePeriod;

    @ConfigProperty(name = "rightsflow.export.retention", defaultValue = "P7D")
    String archiveRetention;

    @CheckedTemplate(basePath = "export")
    static class Templates {
        static native TemplateInstance aboutYourData(AboutYourData about);
    }

    @Inject
    SystemRecords systems;

    /** {@code rows}: the copy's rows by kind, as its contents list them; {@code asked}: the systems' parts of it. */
    AboutYourData about(String requestId, AccountRef account, List<ProfileRef> profiles, Map<String, Long> rows,
            List<AccessArchives.SystemPart> asked, Instant preparedAt) {
        List<AboutYourData.Kind> kinds = rows.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey()).map(e -> {
                    AccessKinds.Words words = AccessKinds.of(e.getKey(), gracePeriod, archiveRetention);
                    return new AboutYourData.Kind(e.getKey(), words.what(), e.getValue(), words.source(), words.retention());
                }).toList();
        return new AboutYourData(MailSteps.date(preparedAt), requestId, account.email(),
                profiles.stream().map(ProfileRef::name).toList(),
                record.purposes().stream().map(p -> new AboutYourData.Purpose(p.purpose(), p.legalBasis())).toList(),
                kinds, recipients(profiles),
                "the people you chose to show your dashboard or single readings to (see shares in this copy); "
                        + "no one else receives your data",
                otherSystems(asked),
                "none: no decision about you is based solely on automated processing, profiling included (Art. 22)",
                List.of("rectification of inaccurate data (Art. 16)", "erasure (Art. 17)",
                        "restriction of processing (Art. 18)", "a copy you can take elsewhere (Art. 20)",
                        "objection to processing based on legitimate interests and to direct marketing (Art. 21)"),
                new AboutYourData.Authority(authority.name(), authority.address(), authority.url()));
    }

    String html(AboutYourData about) {
        return Templates.aboutYourData(about).render();
    }

    /** The whole registry, each system with its part of this copy if it was asked. */
    private List<AboutYourData.OtherSystem> otherSystems(List<AccessArchives.SystemPart> asked) {
        Map<String, AccessArchives.SystemPart> parts = new HashMap<>();
        asked.forEach(part -> parts.put(part.system(), part));
        return systems.registry().stream().map(system -> {
            AccessArchives.SystemPart part = parts.get(system.id());
            return new AboutYourData.OtherSystem(system.id(), system.name(), system.categories(),
                    system.requests().stream().map(t -> RequestWords.type(RequestType.valueOf(t))).toList(),
                    part == null ? null : OUTCOMES.getOrDefault(part.status(), part.status()),
                    part == null || part.answeredAt() == null ? null : MailSteps.date(part.answeredAt()),
                    part == null ? null : part.count(), part == null ? null : part.file());
        }).toList();
    }

    /** The partners any of the profiles was ever linked to: each received or may have received its data. */
    private List<AboutYourData.Recipient> recipients(List<ProfileRef> profiles) {
        List<AboutYourData.Recipient> recipients = new ArrayList<>();
        profiles.stream().flatMap(p -> partnerLinks.partnerIdsOf(p.id()).stream()).distinct().sorted()
                .forEach(id -> {
                    Partner partner = Partner.findById(id);
                    String country = countries.of(id);
                    recipients.add(new AboutYourData.Recipient(id, partner == null ? id : partner.name, country,
                            partner == null ? List.of() : partner.categories.stream().map(c -> c.id).sorted().toList(),
                            EEA.contains(country) ? "within the EEA: no transfer safeguard needed"
                                    : PartnerCountries.UNKNOWN.equals(country)
                                            ? "not known: the partner has not said where it processes data"
                                            : "outside the EEA: on the partner's standard contractual clauses "
                                                    + "(Art. 46(2)(c)), at your instruction when you linked it"));
                });
        recipients.sort(Comparator.comparing(AboutYourData.Recipient::name));
        return recipients;
    }
}
