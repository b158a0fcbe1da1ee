package io.rightsflow.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The optional mails a person can turn off. The mails of data-rights requests are not among them:
 * they are always sent, whatever the preferences.
 */
public enum NotificationKind {
    WEEKLY_SUMMARY("weekly-summary", "Weekly summary", "A short summary of your week's activity."),
    TIPS("tips", "Tips", "Advice on getting more out of your devices."),
    PRODUCT_NEWS("product-news", "Product news", "News about Rightsflow's products and features."),
    CHALLENGE_UPDATES("challenge-updates", "Challenge updates", "What happens in the challenges you take part in.");

    private final String id;
    private final String label;
    private final String description;

    NotificationKind(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
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
