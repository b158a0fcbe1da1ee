package io.rightsflow.consent;

/** The legal bases a purpose can rest on (Art. 6(1), with Art. 9(2) for health data). */
public enum LegalBasis {
    CONSENT("consent", "consent (Art. 6(1)(a)); health data: explicit consent (Art. 9(2)(a)); withdrawn at any time (Art. 7(3))"),
    CONTRACT("contract", "contract (Art. 6(1)(b)): the service the person signed up for, under the privacy notice "
            + "whose version they accepted, recorded with the account (Art. 13)"),
    LEGITIMATE_INTEREST("legitimate-interest", "legitimate interests (Art. 6(1)(f)); the person may object (Art. 21(1))");

    private final String id;
    private final String words;

    LegalBasis(String id, String words) {
        this.id = id;
        this.words = words;
    }

    /** As configured: {@code consent}, {@code contract} or {@code legitimate-interest}. */
    public String id() {
        return id;
    }

    /** With its article, as the record of processing and the access document state it. */
    public String words() {
        return words;
    }
}
