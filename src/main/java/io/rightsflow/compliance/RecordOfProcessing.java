package io.rightsflow.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.rightsflow.catalog.Category;
import io.rightsflow.catalog.Partner;
import io.rightsflow.catalog.PartnerCountries;
import io.rightsflow.catalog.Product;
import io.rightsflow.catalog.Quantity;
import io.rightsflow.consent.LegalBases;
import io.rightsflow.consent.LegalBasis;
import io.rightsflow.consent.Purpose;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record of processing activities (GDPR Art. 30), generated from the catalogue: per category
 * of data, who it comes from, why it is processed, who receives it, how long it is kept and which
 * of the maker's other systems keep it too.
 */
@ApplicationScoped
public class RecordOfProcessing {

    static final String CONTROLLER_PURPOSES = "providing the service to the person (history, dashboards, exports)";

    /** What each purpose does with the data, in the record's words; its basis comes from LegalBases. */
    static final Map<Purpose, String> PURPOSE_WORDS = new EnumMap<>(Map.of(
            Purpose.SERVICE, CONTROLLER_PURPOSES,
            Purpose.DIRECT_MARKETING, "direct marketing (tips and product news mails, the marketing audience extract)",
            Purpose.RESEARCH, "research (pseudonymised extracts)",
            Purpose.PRODUCT_IMPROVEMENT, "product improvement (pseudonymised extracts)",
            Purpose.PARTNER_SHARING, "delivering data to the partner apps the person links",
            Purpose.DASHBOARD_SHARING, "showing a dashboard to the accounts the person shares it with",
            Purpose.CHALLENGES, "challenges (a member's standing shown to the other members, and update mails)"));

    /** How a consent is given and withdrawn, per purpose where the act itself is the consent. */
    static final Map<Purpose, String> CONSENT_WORDS = new EnumMap<>(Map.of(
            Purpose.PARTNER_SHARING, "given by linking a partner app, withdrawn by disconnecting the last one or at "
                    + "any time",
            Purpose.DASHBOARD_SHARING, "given by sharing the dashboard, withdrawn by stopping the last share or at "
                    + "any time",
            Purpose.DIRECT_MARKETING, "off until given on the account page or by API; withdrawn there or by the "
                    + "one-click unsubscribe of every marketing mail"));

    /** An erasure under a legal hold waits after its grace period (profile- and account-erasure.bpmn). */
    static final String UNLESS_HELD = "; longer only while a legal hold (Art. 17(3)(b) or (e)) keeps it from erasure,"
            + " until the hold is lifted or its end date passes";

    /** Why data is processed and on which legal basis (Art. 6, 9): what a copy of one's data tells too (Art. 15(1)(a)). */
    public record PurposeBasis(String purpose, String legalBasis) {
    }

    static final PurposeBasis REQUESTS = new PurposeBasis(
            "answering data-rights requests and keeping their record (requests, mails, audit trail, consent records)",
            "legal obligation (Art. 6(1)(c), Art. 5(2), 7(1), 12 and 15-22)");

    @Inject
    LegalBases bases;

    @Inject
    PartnerCountries countries;

    @Inject
    SystemRecords systems;

    /** Every purpose with its basis as configured; what rests on consent stays off until it is given. */
    public List<PurposeBasis> purposes() {
        List<PurposeBasis> purposes = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            LegalBasis basis = bases.of(purpose);
            purposes.add(new PurposeBasis(PURPOSE_WORDS.get(purpose), basis.words() + switch (basis) {
                case CONSENT -> "; " + CONSENT_WORDS.getOrDefault(purpose, "off until given on the account page or by "
                        + "API, for a child's profile by the account holder (Art. 8); withdrawn there at any time");
                case LEGITIMATE_INTEREST -> "; stops for the profile while an objection is reviewed, and for good "
                        + "once it is accepted";
                case CONTRACT -> "";
            } + (purpose == Purpose.SERVICE ? "" : "; stops while a restriction (Art. 18) holds")));
        }
        purposes.add(REQUESTS);
        return purposes;
    }

    @ConfigProperty(name = "rightsflow.erasure.grace-period", defaultValue = "P7D")
    String gracePeriod;

    @ConfigProperty(name = "rightsflow.export.retention", defaultValue = "P7D")
    String exportRetention;

    /** {@code keptIn}: the maker's other systems that hold the category too, and the requests that reach them. */
    public record Activity(String category, String name, String dataSubjects, List<String> collectedBy,
            List<String> purposes, List<String> recipients, String retention, String legalBasis, List<String> keptIn) {
    }

    /** The registry of the maker's other systems (rightsflow.systems), by id. */
    public List<SystemRecords.Registered> systems() {
        return systems.registry();
    }

    /** A system in the record's words: "Support tool (by hand; reached by: Delete a profile, ...)". */
    public static String words(SystemRecords.Registered system) {
        return system.name() + " (" + switch (system.kind()) {
            case "WEBHOOK" -> "asked through its API";
            case "SQL" -> "its database, by configured statements";
            default -> "by hand, at the desk";
        } + "; reached by: " + (system.requests().isEmpty() ? "no request"
                : String.join(", ", system.requests().stream().map(t -> RequestWords.type(RequestType.valueOf(t))).toList()))
                + ")";
    }

    public List<Activity> activities() {
        List<Activity> activities = new ArrayList<>();
        activities.add(new Activity("account", "Account (email, password hash, unit preferences)",
                "users of the devices and apps", List.of("sign-up"), List.of(CONTROLLER_PURPOSES, "sending the emails of "
                        + "data-rights requests (each acknowledged on receipt with its due date)", "answering data-rights requests: erasure, copies of one's data, "
                        + "objections, corrections, restrictions"), List.of(), "until the account is erased: " + gracePeriod
                        + " after the erasure request, unless customer service cancels it" + UNLESS_HELD, "contract (Art. 6(1)(b))",
                List.of()));
        activities.add(new Activity("requests", "Data-rights requests: type, dates, status, steps; a refusal's "
                + "reason kind and written reasons, and the earlier requests it was judged against; what a correction "
                + "asked, the values it replaced, readings marked contested; a restriction's ground, statement and "
                + "the reasons it was lifted; consent records: each purpose's consent given or withdrawn, when, through "
                + "which channel and under which version of the privacy notice (Art. 7(1))",
                "users of the devices and apps, and their family members (secondary profiles)",
                List.of("self-service", "customer service"), List.of("answering data-rights requests (Art. 12-22), "
                        + "refusing with reasons where Art. 12(4)-(5) allows, and the evidence of having done so",
                        "keeping restricted data stored only while a restriction holds (Art. 18(2))"),
                List.of(), "the records are kept as evidence; the written reasons of refusals and extensions go when "
                        + "the profile (or, for an account-wide request, the account) is erased",
                "legal obligation (Art. 6(1)(c), Art. 5(2) and 12)", List.of()));
        List<SystemRecords.Registered> registry = systems.registry();
        List<Product> products = Product.listAll();
        List<Partner> partners = Partner.listAll();
        Category.<Category>listAll().stream()
                .filter(c -> c.quantity != Quantity.SETTING)
                .sorted(Comparator.comparing(c -> c.id))
                .forEach(category -> activities.add(activity(category, products, partners, registry)));
        return activities;
    }

    private Activity activity(Category category, List<Product> products, List<Partner> partners,
            List<SystemRecords.Registered> registry) {
        List<String> sources = new ArrayList<>(products.stream().filter(p -> p.canCollect(category.id))
                .map(p -> p.name).sorted().toList());
        if (category.manual) {
            sources.add("entered by hand or imported");
        }
        List<String> purposes = new ArrayList<>();
        // each with its basis, so that the record says which purposes need the person's consent
        Arrays.stream(Purpose.values()).filter(p -> p != Purpose.PARTNER_SHARING)
                .map(p -> PURPOSE_WORDS.get(p) + ": " + bases.of(p).id()).forEach(purposes::add);
        List<String> recipients = partners.stream().filter(p -> p.receives(category.id))
                .map(p -> p.name + " (partner app, only when the person links it: their consent; stops on disconnection, withdrawal or "
                        + "restriction; "
                        + "processes data in " + countries.of(p.id) + ")")
                .sorted().toList();
        return new Activity(category.id, category.name, "users of the devices and apps, and their family members "
                + "(secondary profiles)", sources, purposes, recipients, "until the profile is erased: " + gracePeriod
                + " after the erasure request" + UNLESS_HELD + "; export and access archives (copies of the data) " + exportRetention
                + " after they are built",
                "per purpose, as each purpose says (consent: off until given, Art. 6(1)(a), 9(2)(a); contract: Art. "
                        + "6(1)(b); legitimate-interest: Art. 6(1)(f), objectable); partner apps: the person's consent",
                registry.stream().filter(s -> s.categories().contains("all") || s.categories().contains(category.id))
                        .map(RecordOfProcessing::words).toList());
    }
}
