package io.rightsflow.export;

import java.util.List;

/**
 * The document "about your data" of an access copy (GDPR Art. 15(1)(a)-(h), 15(2)), as JSON
 * (about-your-data.json) and as a page (about-your-data.html) in the archive.
 */
record AboutYourData(String preparedAt, String requestId, String account, List<String> profiles,
        List<Purpose> purposes, List<Kind> categories, List<Recipient> recipients, String otherRecipients,
        List<OtherSystem> systems, String automatedDecisions, List<String> rights, Authority complaints) {

    /** (a) why, and on which legal basis. */
    record Purpose(String purpose, String legalBasis) {
    }

    /** (b) what, (d) how long, (g) from where; {@code rows} as the copy holds them. */
    record Kind(String kind, String what, long rows, String source, String retention) {
    }

    /** (c) who received it, and 15(2): where the recipient processes it and on which safeguard. */
    record Recipient(String partner, String name, String country, List<String> categories, String transfer) {
    }

    /**
     * The maker's other systems that hold personal data: what each holds, which requests reach it, and
     * what it returned for this copy ({@code outcome} null when it holds none of these profiles'
     * kinds of data and was not asked; {@code file} its part in this archive, or null).
     */
    record OtherSystem(String system, String name, List<String> categories, List<String> requests, String outcome,
            String answeredAt, Long rows, String file) {
    }

    /** (f) where to complain. */
    record Authority(String name, String address, String url) {
    }
}
