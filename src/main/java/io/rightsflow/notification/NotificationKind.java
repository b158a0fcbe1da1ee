package io.rightsflow.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * The optional mails a person can turn off. The mails of data-rights requests are not among them:
 * they are always sent, whatever the preferences.
 */
public enum NotificationKind {
    WEEKLY_SUMMARY("weekly-summary"), TIPS("tips"), PRODUCT_NEWS("product-news"), CHALLENGE_UPDATES("challenge-updates");

    private final String id;

    NotificationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    static Optional<NotificationKind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
