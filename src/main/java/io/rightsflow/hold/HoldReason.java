package io.rightsflow.hold;

/**
 * Why data is kept despite an erasure request: the two grounds of Art. 17(3) a hold stands on. The
 * subject is told the category in these words, never the staff note.
 */
public enum HoldReason {
    LEGAL_OBLIGATION("Art. 17(3)(b)", "we are required by law to keep it for now"),
    LEGAL_CLAIMS("Art. 17(3)(e)", "it is needed to establish, exercise or defend legal claims");

    private final String article;
    private final String words;

    HoldReason(String article, String words) {
        this.article = article;
        this.words = words;
    }

    public String article() {
        return article;
    }

    /** The reason as the subject reads it in the mail. */
    public String words() {
        return words;
    }
}
