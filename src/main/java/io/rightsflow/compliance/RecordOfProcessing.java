package io.rightsflow.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.rightsflow.catalog.Category;
import io.rightsflow.catalog.Partner;
import io.rightsflow.catalog.Product;
import io.rightsflow.catalog.Quantity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record of processing activities (GDPR Art. 30), generated from the catalogue: per category
 * of data, who it comes from, why it is processed, who receives it and how long it is kept.
 */
@ApplicationScoped
class RecordOfProcessing {

    static final String CONTROLLER_PURPOSES = "providing the service to the person (history, dashboards, exports)";
    static final List<String> OBJECTABLE = List.of(
            "research (pseudonymised extracts; stops on objection)",
            "product improvement (pseudonymised extracts; stops on objection)",
            "direct marketing (account audience; stops on objection, without review)");

    @ConfigProperty(name = "rightsflow.erasure.grace-period", defaultValue = "P7D")
    String gracePeriod;

    @ConfigProperty(name = "rightsflow.export.retention", defaultValue = "P7D")
    String exportRetention;

    public record Activity(String category, String name, String dataSubjects, List<String> collectedBy,
            List<String> purposes, List<String> recipients, String retention, String legalBasis) {
    }

    public List<Activity> activities() {
        List<Activity> activities = new ArrayList<>();
        activities.add(new Activity("account", "Account (email, password hash, unit preferences)",
                "users of the devices and apps", List.of("sign-up"), List.of(CONTROLLER_PURPOSES, "sending the emails of "
                        + "data-rights requests (each acknowledged on receipt with its due date)"), List.of(), "until the account is erased: " + gracePeriod
                        + " after the erasure request, unless customer service cancels it", "contract (Art. 6(1)(b))"));
        List<Product> products = Product.listAll();
        List<Partner> partners = Partner.listAll();
        Category.<Category>listAll().stream()
                .filter(c -> c.quantity != Quantity.SETTING)
                .sorted(Comparator.comparing(c -> c.id))
                .forEach(category -> activities.add(activity(category, products, partners)));
        return activities;
    }

    private Activity activity(Category category, List<Product> products, List<Partner> partners) {
        List<String> sources = new ArrayList<>(products.stream().filter(p -> p.canCollect(category.id))
                .map(p -> p.name).sorted().toList());
        if (category.manual) {
            sources.add("entered by hand or imported");
        }
        List<String> purposes = new ArrayList<>();
        purposes.add(CONTROLLER_PURPOSES);
        purposes.addAll(OBJECTABLE);
        List<String> recipients = partners.stream().filter(p -> p.receives(category.id))
                .map(p -> p.name + " (partner app, only when the person links it; stops on disconnection or objection)")
                .sorted().toList();
        return new Activity(category.id, category.name, "users of the devices and apps, and their family members "
                + "(secondary profiles)", sources, purposes, recipients, "until the profile is erased: " + gracePeriod
                + " after the erasure request; export archives " + exportRetention + " after they are built",
                "contract (Art. 6(1)(b)); health data: explicit consent (Art. 9(2)(a))");
    }
}
