package io.rightsflow.export;

import java.util.List;

/**
 * The document "about your data" of an access copy (GDPR Art. 15(1)(a)-(h), 15(2)), as JSON
 * (about-your-data.json) and as a page (about-your-data.html) in the archive.
 */
record AboutYourData(String preparedAt, String requestId, String account, List<String> profiles,
        List<Purpose> purposes, List<Kind> categories, List<Recipient> recipients, String otherRecipients,
        String automatedDecisions, List<String> rights, Authority complaints) {

    /** (a) why, and on which legal basis. */
    record Purpose(String purpose, String legalBasis) {
    }

    /** (b) what, (d) how long, (g) from where; {@code rows} as the copy holds them. */
    record Kind(String kind, String what, long rows, String source, String retention) {
    }

    /** (c) who received it, and 15(2): where the recipient processes it and on which safeguard. */
    record Recipient(String partner, String name, String country, List<String> categories, String transfer) {
    }

    /** (f) where to complain. */
    record Authority(String name, String address, String url) {
    }
}
