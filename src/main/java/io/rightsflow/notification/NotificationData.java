package io.rightsflow.notification;

import io.rightsflow.account.AccessWriter;
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

    @Override
    public void exportTo(AccessWriter out, String accountId) {
        NotificationPreference.<NotificationPreference>list("accountId", accountId).forEach(p -> out.write(
                "preferences", new Preference(String.valueOf(p.kind), p.enabled)));
        TimelineItem.<TimelineItem>list("accountId = ?1 order by createdAt, id", accountId).forEach(t -> out.write(
                "timeline", new Item(String.valueOf(t.kind), t.title, t.text, t.createdAt)));
    }

    record Preference(String kind, boolean enabled) {
    }

    record Item(String kind, String title, String text, java.time.Instant at) {
    }
}
