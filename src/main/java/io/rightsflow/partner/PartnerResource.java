package io.rightsflow.partner;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.Approvals;
import io.rightsflow.catalog.Partner;
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

/** A profile's partner apps: link one, list the links. Disconnecting is a PARTNER_DISCONNECTION request. */
@Path("/api/profiles/{profileId}/partners")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class PartnerResource {

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Inject
    Caller caller;

    /**
     * {@code accessToken}: the token the partner issued for this person, if it issues one.
     * {@code ticket} and {@code reason}: an agent's, whose link waits for the subject's approval.
     */
    public record NewLink(String partner, String accessToken, String ticket, String reason) {
    }

    @Inject
    Approvals approvals;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkView(String grantId, String partner, String name, PartnerGrant.Status status, Instant linkedAt,
            Instant revokedAt) {
    }

    @POST
    @Transactional
    public Response link(@PathParam("profileId") String profileId, NewLink body) {
        if (body == null || body.partner() == null) {
            throw ProblemException.badRequest("partner is required, e.g. {\"partner\": \"apple-health\"}");
        }
        ProfileRef profile = profiles.visible(profileId);
        if (!caller.isSubject()) {
            // The partner would get the subject's data: an agent's link waits for the subject's approval.
            grants.check(profile, body.partner(), body.accessToken());
            String grantId = UUID.randomUUID().toString();
            Approvals.Asked asked = approvals.ask(PartnerLinkApproval.KIND, profile, body.partner(), grantId,
                    body.ticket(), body.reason());
            if (asked.isNew()) {
                grants.linkWaiting(profile, body.partner(), body.accessToken(), caller.actor(), grantId);
            }
            return Approvals.accepted(asked.act());
        }
        PartnerGrant grant = grants.link(profile, body.partner(), body.accessToken(), caller.actor());
        return Response.created(URI.create("/api/profiles/" + profileId + "/partners")).entity(view(grant)).build();
    }

    @GET
    @Transactional
    public List<LinkView> list(@PathParam("profileId") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        return grants.of(profile.id()).stream().map(PartnerResource::view).toList();
    }

    private static LinkView view(PartnerGrant grant) {
        Partner partner = Partner.findById(grant.partnerId);
        return new LinkView(grant.id, grant.partnerId, partner.name, grant.status, grant.linkedAt, grant.revokedAt);
    }
}
