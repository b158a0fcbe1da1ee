package io.rightsflow.objection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What Rightsflow processes a profile's data for, and what a person may object to (Art. 21). */
public enum Purpose {
    /** Marketing mail to the account: the audience extract leaves the account out. */
    DIRECT_MARKETING("Direct marketing"),
    /** The research extract leaves the profile out. */
    RESEARCH("Research"),
    /** The product-improvement extract leaves the profile out. */
    PRODUCT_IMPROVEMENT("Product improvement"),
    /** Delivery of new measurements to linked partner apps stops. */
    PARTNER_SHARING("Sharing with partner apps"),
    /** Dashboards shared with other accounts are hidden. */
    DASHBOARD_SHARING("Dashboards shared with other accounts");

    /** How the desk's pages name it. */
    final String words;

    Purpose(String words) {
        this.words = words;
    }

    /** How the pages name it (the desk's filing page keeps a copy, which a test holds equal to this). */
    public String words() {
        return words;
    }

    /** The purposes a request names, with ALL standing for every one. */
    static Set<Purpose> parse(List<String> names) {
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String name : names) {
            if ("ALL".equals(name)) {
                purposes.addAll(EnumSet.allOf(Purpose.class));
            } else {
                purposes.add(valueOf(name));
            }
        }
        return purposes;
    }

    /** Direct marketing needs no review: the right to object to it is absolute (Art. 21(3)). */
    boolean needsReview() {
        return this != DIRECT_MARKETING;
    }
}
