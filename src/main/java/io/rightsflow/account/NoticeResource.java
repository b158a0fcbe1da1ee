package io.rightsflow.account;

import io.rightsflow.security.Caller;
import io.rightsflow.security.NoticeStanding;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * The holder accepts the privacy notice in force by API, after its version changed. The API asks
 * nothing else meanwhile: {@code GET /api/me} says {@code noticeCurrent: false}, and every call,
 * above all a data-rights request, goes on working (a person's rights never wait for a notice).
 */
@Path("/api/me/notice")
@RolesAllowed(Roles.SUBJECT)
public class NoticeResource {

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    public record Acceptance(String version) {
    }

    @POST
    public NoticeStanding.Standing accept(@NotNull Acceptance body) {
        return notices.accept(caller.accountId(), body.version(), caller.actor());
    }
}
