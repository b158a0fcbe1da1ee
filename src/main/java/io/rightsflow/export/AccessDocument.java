package io.rightsflow.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import io.rightsflow.mail.MailSteps;
import io.rightsflow.partner.PartnerGrants;
import io.rightsflow.request.SupervisoryAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the document "about your data" for one copy: the purposes and legal bases of the record
 * of processing, the kinds the copy holds, the partners the subject's profiles were linked to
 * with their countries, and the authority to complain to, as configured.
 */
@ApplicationScoped
class AccessDocument {

    /** The EEA, where no transfer safeguard is needed (Art. 44-46); anywhere else names one. */
    private static final Set<String> EEA = Set.of("Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia",
            "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Italy",
            "Latvia", "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Norway", "Poland",
            "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden");

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

    /** {@code rows}: the copy's rows by kind, as its contents list them. */
    AboutYourData about(String requestId, AccountRef account, List<ProfileRef> profiles, Map<String, Long> rows,
            Instant preparedAt) {
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
                "none: no decision about you is based solely on automated processing, profiling included (Art. 22)",
                List.of("rectification of inaccurate data (Art. 16)", "erasure (Art. 17)",
                        "restriction of processing (Art. 18)", "a copy you can take elsewhere (Art. 20)",
                        "objection to processing based on legitimate interests and to direct marketing (Art. 21)"),
                new AboutYourData.Authority(authority.name(), authority.address(), authority.url()));
    }

    String html(AboutYourData about) {
        return Templates.aboutYourData(about).render();
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
