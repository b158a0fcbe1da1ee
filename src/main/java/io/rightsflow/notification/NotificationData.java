package io.rightsflow.notification;

import io.rightsflow.account.AccountData;
import jakarta.enterprise.context.ApplicationScoped;

/** An erased account's preferences and timeline go with it. */
@ApplicationScoped
class NotificationData implements AccountData {

    @Override
    public String kind() {
        return "notifications";
    }

    @Override
    public int purge(String accountId, int limit) {
        return (int) (TimelineItem.delete("accountId", accountId) + NotificationPreference.delete("accountId", accountId));
    }
}
