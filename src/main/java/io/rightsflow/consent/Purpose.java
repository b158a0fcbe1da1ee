package io.rightsflow.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * What Rightsflow processes a profile's data for. Each has one legal basis ({@link LegalBases}):
 * consent ones are off until given, an objection (Art. 21(1)) reaches only legitimate-interest
 * ones and direct marketing (Art. 21(2)), and a restriction (Art. 18) stops every one.
 */
public enum Purpose {
    /** Keeping the data and showing it to its owner: the service itself. */
    SERVICE("service", "The service itself (history, dashboards, exports)", LegalBasis.CONTRACT),
    /** Marketing mail to the account (tips, product news) and the marketing audience extract. */
    DIRECT_MARKETING("direct-marketing", "Direct marketing", LegalBasis.CONSENT),
    /** The pseudonymised research extract. */
    RESEARCH("research", "Research", LegalBasis.CONSENT),
    /** The pseudonymised product-improvement extract. */
    PRODUCT_IMPROVEMENT("product-improvement", "Product improvement", LegalBasis.CONSENT),
    /** Delivery of new measurements to linked partner apps: linking is the consent. */
    PARTNER_SHARING("partner-sharing", "Sharing with partner apps", LegalBasis.CONSENT),
    /** Dashboards shared with other accounts: sharing is the consent. */
    DASHBOARD_SHARING("dashboard-sharing", "Dashboards shared with other accounts", LegalBasis.CONSENT),
    /** A member's standing shown to the other members of a challenge, and its update mails. */
    CHALLENGES("challenges", "Challenges with other people", LegalBasis.LEGITIMATE_INTEREST);

    private final String id;
    private final String words;
    private final LegalBasis lawfulDefault;

    Purpose(String id, String words, LegalBasis lawfulDefault) {
        this.id = id;
        this.words = words;
        this.lawfulDefault = lawfulDefault;
    }

    /** Its name in configuration keys and API paths, e.g. {@code product-improvement}. */
    public String id() {
        return id;
    }

    /** How the pages name it (the desk's filing page keeps a copy, which a test holds equal to this). */
    public String words() {
        return words;
    }

    /** The basis the law points to for health data, used unless configured otherwise. */
    LegalBasis lawfulDefault() {
        return lawfulDefault;
    }

    /** By its id ({@code research}) or its name ({@code RESEARCH}). */
    public static Optional<Purpose> of(String idOrName) {
        return Arrays.stream(values()).filter(p -> p.id.equals(idOrName) || p.name().equals(idOrName)).findFirst();
    }
}
