package io.rightsflow.consent;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A profile's consents by API: each purpose with its basis and whether consent is in force, and
 * the history. Only the person gives consent (an agent's word is not the person's consent); the
 * person, or an agent the person told, withdraws it, at once (Art. 7(3)).
 */
@Path("/api/profiles/{profileId}/consents")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class ConsentResource {

    @Inject
    Profiles profiles;

    @Inject
    Consents consents;

    @Inject
    LegalBases bases;

    @Inject
    Children children;

    @Inject
    Caller caller;

    /** One purpose as the person sees it; {@code given} is null where the basis is not consent. */
    public record PurposeConsent(String purpose, String name, String words, String basis, Boolean given, Instant since,
            ConsentChannel channel, String noticeVersion, boolean onBehalf) {
    }

    public record ProfileConsents(String profileId, boolean child, List<PurposeConsent> purposes,
            List<Consents.Standing> history) {
    }

    @GET
    @Transactional
    public ProfileConsents list(@PathParam("profileId") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        return new ProfileConsents(profile.id(), children.isChild(profile), Arrays.stream(Purpose.values())
                .map(p -> view(profile, p)).toList(), consents.history(profile.id()));
    }

    @PUT
    @Path("/{purpose}")
    @RolesAllowed(Roles.SUBJECT)
    public PurposeConsent give(@PathParam("profileId") String profileId, @PathParam("purpose") String id) {
        ProfileRef profile = profiles.active(profileId);
        Purpose purpose = purpose(id);
        consents.change(profile, purpose, true, ConsentChannel.API, caller.actor());
        return view(profile, purpose);
    }

    @DELETE
    @Path("/{purpose}")
    public PurposeConsent withdraw(@PathParam("profileId") String profileId, @PathParam("purpose") String id) {
        ProfileRef profile = profiles.visible(profileId);
        Purpose purpose = purpose(id);
        if (!consents.needsConsent(profile, purpose)) {
            throw ProblemException.conflict(purpose.id() + " rests on " + bases.of(purpose).id() + ", not on consent: "
                    + (bases.objectable(purpose) ? "object to it instead (POST /api/requests, type OBJECTION)"
                            : "there is no consent to withdraw")).with("purpose", purpose.id());
        }
        consents.change(profile, purpose, false, ConsentChannel.API, caller.actor());
        return view(profile, purpose);
    }

    private PurposeConsent view(ProfileRef profile, Purpose purpose) {
        boolean needs = consents.needsConsent(profile, purpose);
        Consents.Standing standing = consents.standing(profile.id(), purpose);
        return new PurposeConsent(purpose.id(), purpose.name(), purpose.words(), bases.of(purpose).id(),
                needs ? standing.given() : null, standing.since(), standing.channel(), standing.noticeVersion(),
                standing.onBehalf());
    }

    private static Purpose purpose(String id) {
        return Purpose.of(id).orElseThrow(() -> ProblemException.notFound("purpose " + id + "; purposes are "
                + Arrays.stream(Purpose.values()).map(Purpose::id).toList()));
    }
}
