package io.rightsflow.desk;

import java.time.Instant;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/requests/{id}/extension")
@RolesAllowed(Roles.AGENT)
public class ExtensionResource {

    @Inject
    Requests requests;

    @Inject
    DeadlineExtension extension;

    @Inject
    Caller caller;

    public record NewExtension(int months, String reason) {
    }

    public record Extended(String id, Instant dueAt, int extendedMonths) {
    }

    @POST
    @Transactional
    public Extended extend(@PathParam("id") String id, NewExtension body) {
        if (body == null) {
            throw ProblemException.badRequest("send {months: 1 or 2, reason}");
        }
        RequestRef request = extension.extend(requests.visible(id), body.months(), body.reason(), caller.actor());
        return new Extended(request.id(), request.dueAt(), request.extendedMonths());
    }
}
