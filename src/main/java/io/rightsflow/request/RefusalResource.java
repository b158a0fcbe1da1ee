package io.rightsflow.request;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Refusals (GDPR Art. 12(4)-(5)): an agent refuses an open request with a reason kind and written
 * reasons; the subject's earlier requests are the evidence for "manifestly unfounded or excessive".
 */
@Path("/api/requests/{id}")
public class RefusalResource {

    @Inject
    Requests requests;

    @Inject
    RequestRefusals refusals;

    @Inject
    Caller caller;

    public record NewRefusal(String reasonKind, String reasons) {
    }

    /** A refused request: why, by whom, when, and the earlier requests it was judged against. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RefusalView(String requestId, RequestStatus status, RefusalKind reasonKind, String reasonKindWords,
            String reasons, String refusedBy, Instant refusedAt, List<EarlierRequest> earlierRequests) {
    }

    /** One of the subject's earlier requests, as evidence. */
    public record EarlierRequest(String id, RequestType type, RequestStatus status, Instant receivedAt) {
    }

    @POST
    @Path("/refusal")
    @RolesAllowed(Roles.AGENT)
    @Transactional
    public Response refuse(@PathParam("id") String id, NewRefusal body) {
        if (body == null) {
            throw ProblemException.badRequest("send {reasonKind, reasons}").with("field", "reasonKind");
        }
        refusals.refuse(id, body.reasonKind(), body.reasons(), caller.actor());
        return Response.created(URI.create("/api/requests/" + id + "/refusal")).entity(view(id)).build();
    }

    @GET
    @Path("/refusal")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT, Roles.AUDITOR })
    @Transactional
    public RefusalView refusal(@PathParam("id") String id) {
        requests.visible(id);
        RefusalView view = view(id);
        if (view == null) {
            throw ProblemException.notFound("refusal of request " + id);
        }
        return view;
    }

    /** The subject's earlier requests, newest first: what the desk weighs before refusing one as excessive. */
    @GET
    @Path("/earlier-requests")
    @RolesAllowed({ Roles.AGENT, Roles.AUDITOR })
    @Transactional
    public List<EarlierRequest> earlier(@PathParam("id") String id) {
        return refusals.earlierOf(requests.visible(id)).stream().map(RefusalResource::earlier).toList();
    }

    private RefusalView view(String id) {
        RequestRefusals.RefusalRef refusal = refusals.of(id);
        if (refusal == null) {
            return null;
        }
        List<EarlierRequest> earlier = refusal.earlierRequestIds().isEmpty() ? null
                : requests.byIds(refusal.earlierRequestIds()).values().stream()
                        .sorted((a, b) -> b.receivedAt().compareTo(a.receivedAt())).map(RefusalResource::earlier)
                        .toList();
        return new RefusalView(refusal.requestId(), requests.find(id).status(), refusal.reasonKind(),
                refusal.reasonKindWords(), refusal.reasons(), caller.isSubject() ? null : refusal.refusedBy(),
                refusal.refusedAt(), earlier);
    }

    private static EarlierRequest earlier(RequestRef request) {
        return new EarlierRequest(request.id(), request.type(), request.status(), request.receivedAt());
    }
}
