package io.rightsflow.notification;

import java.util.Arrays;
import java.util.Optional;

import io.rightsflow.consent.Purpose;

/**
 * The optional mails a person can turn off. The mails of data-rights requests are not among them:
 * they are always sent, whatever the preferences.
 */
public enum NotificationKind {
    WEEKLY_SUMMARY("weekly-summary", "Weekly summary", "A short summary of your week's activity.", Purpose.SERVICE),
    TIPS("tips", "Tips", "Advice on getting more out of your devices.", Purpose.DIRECT_MARKETING),
    PRODUCT_NEWS("product-news", "Product news", "News about Rightsflow's products and features.",
            Purpose.DIRECT_MARKETING),
    CHALLENGE_UPDATES("challenge-updates", "Challenge updates", "What happens in the challenges you take part in.",
            Purpose.CHALLENGES);

    private final String id;
    private final String label;
    private final String description;
    private final Purpose purpose;

    NotificationKind(String id, String label, String description, Purpose purpose) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.purpose = purpose;
    }

    /** What the mail uses the person's data for: the processing policy decides whether it may go. */
    public Purpose purpose() {
        return purpose;
    }

    /** Tips and product news: direct marketing, with its own layout and a one-click unsubscribe. */
    public boolean marketing() {
        return purpose == Purpose.DIRECT_MARKETING;
    }

    /** Its name in plain words, for the notification center's page. */
    public String label() {
        return label;
    }

    /** What these mails are, in a sentence. */
    public String description() {
        return description;
    }

    public String id() {
        return id;
    }

    static Optional<NotificationKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
