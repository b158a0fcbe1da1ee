package io.rightsflow.sharing;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.Approvals;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The owner's side of dashboard sharing: share with an address, list the viewers, remove one at once.
 * Whether an account uses the address is not told (issue 17): a share to an address without a
 * confirmed account waits for one.
 */
@Path("/api/profiles/{profileId}/shares")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class ShareResource {

    @Inject
    Accounts accounts;

    @Inject
    ShareAddresses addresses;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Caller caller;

    @Inject
    Approvals approvals;

    @Inject
    DashboardShares shares;

    /** {@code ticket} and {@code reason}: an agent's, whose share waits for the subject's approval. */
    public record NewShare(String email, String ticket, String reason) {
    }

    public record Created(String shareId) {
    }

    /**
     * A viewer of the dashboard, by the address the owner shared with. A share that waits for an
     * account to prove its address is listed exactly as one that reached it: the list must not
     * tell who has an account.
     */
    public record Viewer(String shareId, String email, Instant since) {
    }

    @POST
    @Transactional
    public Response share(@PathParam("profileId") String profileId, NewShare body) {
        if (body == null || body.email() == null || !accounts.looksLikeEmail(body.email())) {
            throw ProblemException.badRequest("email is required: the address of the person to share the dashboard with");
        }
        ProfileRef profile = profiles.active(profileId);
        policy.requireUnrestricted(profile.id(), Purpose.DASHBOARD_SHARING);
        if (!caller.isSubject()) {
            // An agent's share goes nowhere until the subject approves it, reading the address it would go to.
            addresses.requireAnotherAccount(profile, body.email());
            return Approvals.accepted(approvals.ask(DashboardShareApproval.KIND, profile,
                    addresses.hashOf(body.email()), addresses.normalised(body.email()), body.ticket(), body.reason())
                    .act());
        }
        String shareId = addresses.shareWith(profile, body.email(), caller.actor());
        return Response.created(URI.create("/api/profiles/" + profile.id() + "/shares/" + shareId))
                .entity(new Created(shareId)).build();
    }

    /** Every share of the profile, oldest first, whether it reached an account yet or waits for one. */
    @GET
    public List<Viewer> viewers(@PathParam("profileId") String profileId) {
        return shares.viewers(profileId);
    }

    @DELETE
    @Path("/{shareId}")
    public Response remove(@PathParam("profileId") String profileId, @PathParam("shareId") String shareId) {
        shares.remove(profileId, shareId);
        return Response.noContent().build();
    }
}
