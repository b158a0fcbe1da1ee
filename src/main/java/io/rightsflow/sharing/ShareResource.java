package io.rightsflow.sharing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.Approvals;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.objection.ProcessingPolicy;
import io.rightsflow.objection.Purpose;
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

/** The owner's side of dashboard sharing: share with an account, list the viewers, remove one at once. */
@Path("/api/profiles/{profileId}/shares")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class ShareResource {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Approvals approvals;

    @Inject
    DashboardShareApproval approval;

    /** {@code ticket} and {@code reason}: an agent's, whose share waits for the subject's approval. */
    public record NewShare(String email, String ticket, String reason) {
    }

    public record Created(String shareId) {
    }

    public record Viewer(String shareId, String email, Instant since) {
    }

    @POST
    @Transactional
    public Response share(@PathParam("profileId") String profileId, NewShare body) {
        if (body == null || body.email() == null || !accounts.looksLikeEmail(body.email())) {
            throw ProblemException.badRequest("email is required: the address of the account to share the dashboard with");
        }
        ProfileRef profile = profiles.active(profileId);
        policy.require(profile.id(), Purpose.DASHBOARD_SHARING);
        AccountRef viewer = accounts.byEmail(body.email());
        if (viewer == null) {
            throw ProblemException.unprocessable("no account uses this address: the person needs an account to see a "
                    + "shared dashboard");
        }
        if (viewer.id().equals(profile.accountId())) {
            throw ProblemException.unprocessable("the dashboard is already this account's own");
        }
        if (DashboardShare.count("profileId = ?1 and viewerAccountId = ?2", profile.id(), viewer.id()) > 0) {
            throw ProblemException.conflict("the dashboard is already shared with this account");
        }
        if (!caller.isSubject()) {
            return Approvals.accepted(approvals.ask(DashboardShareApproval.KIND, profile, viewer.id(), null,
                    body.ticket(), body.reason()).act());
        }
        DashboardShare share = approval.create(profile.id(), viewer.id(), caller.actor());
        return Response.created(URI.create("/api/profiles/" + profile.id() + "/shares/" + share.id))
                .entity(new Created(share.id)).build();
    }

    @GET
    @Transactional
    public List<Viewer> viewers(@PathParam("profileId") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        return DashboardShare.<DashboardShare>list("profileId = ?1 order by createdAt", profile.id()).stream()
                .map(s -> new Viewer(s.id, accounts.find(s.viewerAccountId).email(), s.createdAt)).toList();
    }

    @DELETE
    @Path("/{shareId}")
    @Transactional
    public Response remove(@PathParam("profileId") String profileId, @PathParam("shareId") String shareId) {
        ProfileRef profile = profiles.visible(profileId);
        if (DashboardShare.delete("id = ?1 and profileId = ?2", shareId, profile.id()) == 0) {
            throw ProblemException.notFound("share " + shareId);
        }
        audit.record("DASHBOARD_SHARE_REMOVED", caller.actor(), null, profile.id(), "share=" + shareId);
        return Response.noContent().build();
    }
}
