package io.rightsflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.consent.ProcessingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Optional notifications: a timeline item and a mail, only for the kinds an account has on.
 * The mail goes from notification.bpmn in the background, retried, and checks the preference again.
 */
@ApplicationScoped
public class Notifications {

    static final String PROCESS = "notification";

    @Inject
    RuntimeService runtime;

    @Inject
    Clock clock;

    @Inject
    ProcessingPolicy policy;

    /** On, and allowed by the processing policy for the kind's purpose (marketing: the holder's consent). */
    public boolean mayNotify(String accountId, NotificationKind kind) {
        return enabled(accountId, kind) && policy.allowsAccount(accountId, kind.purpose());
    }

    public boolean enabled(String accountId, NotificationKind kind) {
        NotificationPreference preference = NotificationPreference.find("accountId = ?1 and kind = ?2", accountId, kind)
                .firstResult();
        return preference == null || preference.enabled;
    }

    public Map<NotificationKind, Boolean> preferences(String accountId) {
        Map<NotificationKind, Boolean> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, enabled(accountId, kind));
        }
        return all;
    }

    /** Sets the kinds given; a kind turned off also leaves the timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(String accountId, Map<NotificationKind, Boolean> kinds) {
        kinds.forEach((kind, enabled) -> {
            NotificationPreference preference = NotificationPreference
                    .find("accountId = ?1 and kind = ?2", accountId, kind).firstResult();
            if (preference == null) {
                preference = new NotificationPreference();
                preference.accountId = accountId;
                preference.kind = kind;
                preference.persist();
            }
            preference.enabled = enabled;
            if (!enabled) {
                TimelineItem.delete("accountId = ?1 and kind = ?2", accountId, kind);
            }
        });
    }

    /** Tells the account, if it has this kind on and the policy allows it: an item on its timeline and a mail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean notify(String accountId, NotificationKind kind, String title, String text) {
        if (!mayNotify(accountId, kind)) {
            return false;
        }
        TimelineItem item = new TimelineItem();
        item.id = UUID.randomUUID().toString();
        item.accountId = accountId;
        item.kind = kind;
        item.title = title;
        item.text = text;
        item.createdAt = Instant.now(clock);
        item.persist();
        runtime.startProcessInstanceByKey(PROCESS, item.id, Map.of("itemId", item.id));
        return true;
    }
}
