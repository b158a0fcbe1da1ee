package io.rightsflow.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.Accounts;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The notification center: one switch per kind of optional mail, saved through the same
 * {@link Notifications} as the API. A kind switched off also leaves the timeline.
 */
@Path("/settings/notifications")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class NotificationSettingsPage {

    /** One switch of the form: a kind and whether its mails are on. */
    public record Switch(String id, String label, String description, boolean on) {
    }

    @CheckedTemplate(basePath = "notification", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance notificationSettings(List<Switch> switches, boolean saved, String problem);
    }

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @GET
    @Transactional
    public Response show(@QueryParam("saved") boolean saved) {
        return Pages.html(Templates.notificationSettings(switches(notifications.preferences(account())), saved, null));
    }

    /** {@code on}: the ids of the kinds whose box is ticked; every other kind is switched off. */
    @POST
    @Transactional
    public Response save(@RestForm("on") List<String> on) {
        String accountId = account();
        List<String> ticked = on == null ? List.of() : on;
        if (ticked.stream().anyMatch(id -> NotificationKind.of(id).isEmpty())) {
            return Pages.html(Response.Status.BAD_REQUEST, Templates.notificationSettings(
                    switches(notifications.preferences(accountId)), false,
                    "This form named a kind of mail we do not send, so nothing was changed. Reload the page and try again."));
        }
        Map<NotificationKind, Boolean> kinds = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            kinds.put(kind, ticked.contains(kind.id()));
        }
        notifications.set(accountId, kinds);
        return Pages.seeOther("/settings/notifications?saved=true");
    }

    private String account() {
        return accounts.visible(caller.accountId()).id();
    }

    private static List<Switch> switches(Map<NotificationKind, Boolean> preferences) {
        return preferences.entrySet().stream().map(e -> new Switch(e.getKey().id(), e.getKey().label(),
                e.getKey().description(), e.getValue())).toList();
    }
}
