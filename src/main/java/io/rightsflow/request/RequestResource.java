package io.rightsflow.request;

import java.net.URI;
import java.util.List;

import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

@Path("/api/requests")
public class RequestResource {

    @Inject
    Requests requests;

    @Inject
    RequestViews views;

    @Inject
    IdempotentFiling idempotent;

    @POST
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
    public Response file(@HeaderParam("Idempotency-Key") String idempotencyKey, NewRequest body) {
        if (idempotencyKey != null) {
            return idempotent.file(idempotencyKey, body, this::filed);
        }
        DataRequest request = requests.file(body);
        return Response.created(URI.create("/api/requests/" + request.id)).entity(filed(request)).build();
    }

    private RequestView filed(DataRequest request) {
        return views.view(request, false).withNotice(requests.noticeOf(request));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT, Roles.AUDITOR })
    public RequestView get(@PathParam("id") String id) {
        return views.get(id);
    }

    @GET
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT, Roles.AUDITOR })
    public List<RequestView> list(@QueryParam("status") RequestStatus status, @QueryParam("type") RequestType type,
            @QueryParam("overdue") Boolean overdue) {
        return views.list(status, type, overdue, false);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
    public Response cancel(@PathParam("id") String id) {
        return Response.accepted(views.view(DataRequest.findById(requests.cancel(id)), false)).build();
    }
}
