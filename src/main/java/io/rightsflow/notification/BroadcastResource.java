package io.rightsflow.notification;

import java.util.List;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Tips and product news (role admin): to every active account that has the kind on, nobody else. */
@Path("/api/notifications/{kind}")
@RolesAllowed(Roles.ADMIN)
public class BroadcastResource {

    @Inject
    Accounts accounts;

    static final List<NotificationKind> BROADCAST = List.of(NotificationKind.TIPS, NotificationKind.PRODUCT_NEWS);

    @Inject
    Notifications notifications;

    public record Message(String title, String text) {
    }

    public record Sent(int accounts) {
    }

    @POST
    @Transactional
    public Sent broadcast(@PathParam("kind") String id, Message body) {
        NotificationKind kind = NotificationKind.of(id).filter(BROADCAST::contains).orElseThrow(() ->
                ProblemException.badRequest("kind must be tips or product-news"));
        if (body == null || blank(body.title()) || blank(body.text()) || body.title().length() > 200
                || body.text().length() > 2000) {
            throw ProblemException.badRequest("give a title (at most 200 characters) and a text (at most 2000)");
        }
        int sent = 0;
        for (AccountRef account : accounts.active()) {
            if (notifications.notify(account.id(), kind, body.title().strip(), body.text().strip())) {
                sent++;
            }
        }
        return new Sent(sent);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
