package io.rightsflow.hold;

/**
 * Why data is kept despite an erasure request: the two grounds of Art. 17(3) a hold stands on. The
 * subject is told the category in these words, never the staff note.
 */
public enum HoldReason {
    LEGAL_OBLIGATION("Art. 17(3)(b)", "A legal obligation to keep it", "we are required by law to keep it for now"),
    LEGAL_CLAIMS("Art. 17(3)(e)", "Legal claims: establishing, exercising or defending them",
            "it is needed to establish, exercise or defend legal claims");

    private final String article;
    private final String label;
    private final String words;

    HoldReason(String article, String label, String words) {
        this.article = article;
        this.label = label;
        this.words = words;
    }

    /** The reason as staff read it on the holds pages, with its article. */
    public String label() {
        return label + " (" + article + ")";
    }

    public String article() {
        return article;
    }

    /** The reason as the subject reads it in the mail. */
    public String words() {
        return words;
    }
}
