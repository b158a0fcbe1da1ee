package io.rightsflow.notification;

import java.time.Instant;
import java.util.List;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.Profiles;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The optional notifications on an account's timeline, newest first. Its owner's only: weekly
 * summaries carry health values (steps), which customer service does not need to work a ticket.
 */
@Path("/api/accounts/{accountId}/timeline")
@RolesAllowed(Roles.SUBJECT)
public class TimelineResource {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    public record Item(String kind, String title, String text, Instant at) {
    }

    @GET
    @Transactional
    public List<Item> timeline(@PathParam("accountId") String accountId) {
        accounts.visible(accountId);
        return TimelineItem.<TimelineItem>list("accountId = ?1 order by createdAt desc", accountId).stream()
                .map(i -> new Item(i.kind.id(), i.title, i.text, i.createdAt)).toList();
    }
}
