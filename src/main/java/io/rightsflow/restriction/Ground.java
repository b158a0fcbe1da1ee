package io.rightsflow.restriction;

/** Why the person asks for the restriction (GDPR Art. 18(1)(a)-(c)). */
public enum Ground {
    /** (a) The person contests the accuracy of the data: restricted while it is checked. */
    ACCURACY_CONTESTED("you contest the accuracy of the data; it stays restricted while we check it"),
    /** (b) The processing is unlawful, and the person opposes erasure and asks for restriction instead. */
    UNLAWFUL_ERASURE_OPPOSED("the processing is unlawful and you asked for restriction instead of erasure"),
    /** (c) We no longer need the data, but the person needs it for legal claims. */
    LEGAL_CLAIMS("you need the data for the establishment, exercise or defence of legal claims");

    /** The ground as the person's mail explains it. */
    final String words;

    Ground(String words) {
        this.words = words;
    }
}
