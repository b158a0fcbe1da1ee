package io.rightsflow.notification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.Profiles;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The notification center of an account: which optional mails it gets. */
@Path("/api/accounts/{accountId}/notifications")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class NotificationResource {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Notifications notifications;

    public record Preferences(Map<String, Boolean> kinds) {
    }

    @GET
    @Transactional
    public Preferences get(@PathParam("accountId") String accountId) {
        accounts.visible(accountId);
        return view(notifications.preferences(accountId));
    }

    @PUT
    @Transactional
    public Preferences set(@PathParam("accountId") String accountId, Preferences body) {
        accounts.visible(accountId);
        if (body == null || body.kinds() == null || body.kinds().isEmpty()) {
            throw ProblemException.badRequest("give kinds, e.g. {\"kinds\": {\"tips\": false}}");
        }
        Map<NotificationKind, Boolean> kinds = new EnumMap<>(NotificationKind.class);
        body.kinds().forEach((id, enabled) -> {
            NotificationKind kind = NotificationKind.of(id).orElseThrow(() -> ProblemException.badRequest("'" + id
                    + "' is not a kind of optional mail; the kinds are " + String.join(", ",
                            java.util.Arrays.stream(NotificationKind.values()).map(NotificationKind::id).toList())
                    + " (the mails of data-rights requests are always sent)"));
            if (enabled == null) {
                throw ProblemException.badRequest(id + " must be true or false");
            }
            kinds.put(kind, enabled);
        });
        notifications.set(accountId, kinds);
        return view(notifications.preferences(accountId));
    }

    private static Preferences view(Map<NotificationKind, Boolean> preferences) {
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        preferences.forEach((kind, enabled) -> kinds.put(kind.id(), enabled));
        return new Preferences(kinds);
    }
}
