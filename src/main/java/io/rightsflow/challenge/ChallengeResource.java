package io.rightsflow.challenge;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.notification.NotificationKind;
import io.rightsflow.notification.Notifications;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Challenges: create, make teams, invite by address, join with a profile, leave, and see it. */
@Path("/api/challenges")
@RolesAllowed(Roles.SUBJECT)
public class ChallengeResource {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Challenges challenges;

    @Inject
    Invitations invitations;

    @Inject
    Notifications notifications;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** How far in the past a start may lie and still count as "now": the caller's clock may be a little behind. */
    @ConfigProperty(name = "rightsflow.challenge.start-skew", defaultValue = "PT5M")
    Duration startSkew;

    public record NewChallenge(String name, String profileId, Instant startsAt) {
    }

    public record Named(String name) {
    }

    public record Invite(String email) {
    }

    public record Join(String profileId, String teamId) {
    }

    public record Created(String id) {
    }

    @POST
    @Transactional
    public Response create(NewChallenge body) {
        if (body == null || blank(body.name()) || body.name().length() > 100 || body.profileId() == null) {
            throw ProblemException.badRequest("give name (at most 100 characters) and profileId, the organiser");
        }
        ProfileRef organiser = profiles.active(body.profileId());
        Challenge challenge = new Challenge();
        challenge.id = UUID.randomUUID().toString();
        challenge.name = body.name().strip();
        challenge.organiserProfileId = organiser.id();
        challenge.createdAt = Instant.now(clock);
        // Back-dated, a challenge would show its organiser the participants' history from before they joined.
        if (body.startsAt() != null && body.startsAt().isBefore(challenge.createdAt.minus(startSkew))) {
            throw ProblemException.badRequest("startsAt must not lie in the past: leave it out to start now, or give "
                    + "a later instant");
        }
        challenge.startsAt = body.startsAt() == null ? challenge.createdAt : body.startsAt();
        challenge.persist();
        member(challenge.id, organiser.id(), null);
        return Response.created(URI.create("/api/challenges/" + challenge.id)).entity(new Created(challenge.id)).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public ChallengeView get(@PathParam("id") String id) {
        Challenge challenge = challenge(id);
        boolean organiser = ownsProfile(challenge.organiserProfileId);
        boolean participant = ChallengeMember.<ChallengeMember>list("challengeId", id).stream()
                .anyMatch(m -> ownsProfile(m.profileId));
        if (!organiser && !participant) {
            throw ProblemException.notFound("challenge " + id);
        }
        return challenges.view(challenge, organiser);
    }

    @POST
    @Path("/{id}/teams")
    @Transactional
    public Response team(@PathParam("id") String id, Named body) {
        Challenge challenge = organised(id);
        if (body == null || blank(body.name()) || body.name().length() > 100) {
            throw ProblemException.badRequest("give the team a name of at most 100 characters");
        }
        ChallengeTeam team = new ChallengeTeam();
        team.id = UUID.randomUUID().toString();
        team.challengeId = challenge.id;
        team.name = body.name().strip();
        team.persist();
        return Response.status(Response.Status.CREATED).entity(new Created(team.id)).build();
    }

    /**
     * 201 for any well-formed address, whether or not an account uses it (issue 17): an address
     * without a confirmed account gets an invitation that waits for one. Only the address is read
     * from the body; any message the organiser adds is ignored, so nothing of theirs reaches a mail.
     */
    @POST
    @Path("/{id}/invitations")
    @Transactional
    public Response invite(@PathParam("id") String id, Invite body) {
        if (body == null || body.email() == null || !accounts.looksLikeEmail(body.email())) {
            throw ProblemException.badRequest("email is required: the address of the person to invite");
        }
        Challenge challenge = organised(id);
        invitations.invite(challenge, profiles.find(challenge.organiserProfileId).accountId(), body.email());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/{id}/members")
    @Transactional
    public Response join(@PathParam("id") String id, Join body) {
        Challenge challenge = challenge(id);
        if (body == null || body.profileId() == null) {
            throw ProblemException.badRequest("profileId is required: the profile that joins");
        }
        ProfileRef profile = profiles.active(body.profileId());
        boolean invited = ChallengeInvitation.count("challengeId = ?1 and accountId = ?2", id, profile.accountId()) > 0
                || ownsProfile(challenge.organiserProfileId);
        if (!invited) {
            throw ProblemException.notFound("challenge " + id);
        }
        if (ChallengeMember.count("challengeId = ?1 and profileId = ?2", id, profile.id()) > 0) {
            throw ProblemException.conflict("profile " + profile.id() + " already takes part");
        }
        if (body.teamId() != null && ChallengeTeam.count("id = ?1 and challengeId = ?2", body.teamId(), id) == 0) {
            throw ProblemException.badRequest("teamId " + body.teamId() + " is not a team of this challenge");
        }
        member(id, profile.id(), body.teamId());
        ProfileRef organiser = profiles.find(challenge.organiserProfileId);
        notifications.notify(organiser.accountId(), NotificationKind.CHALLENGE_UPDATES, "A new participant",
                "Someone new joined your challenge \"" + challenge.name + "\".");
        return Response.status(Response.Status.CREATED).build();
    }

    /** Leaving removes the person from the challenge at once: nothing of theirs is shown there any more. */
    @DELETE
    @Path("/{id}/members/{profileId}")
    @Transactional
    public Response leave(@PathParam("id") String id, @PathParam("profileId") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        if (ChallengeMember.delete("challengeId = ?1 and profileId = ?2", id, profile.id()) == 0) {
            throw ProblemException.notFound("membership of profile " + profileId + " in challenge " + id);
        }
        return Response.noContent().build();
    }

    private void member(String challengeId, String profileId, String teamId) {
        ChallengeMember member = new ChallengeMember();
        member.challengeId = challengeId;
        member.profileId = profileId;
        member.teamId = teamId;
        member.joinedAt = Instant.now(clock);
        member.persist();
    }

    private Challenge challenge(String id) {
        Challenge challenge = id == null ? null : Challenge.findById(id);
        if (challenge == null) {
            throw ProblemException.notFound("challenge " + id);
        }
        return challenge;
    }

    private Challenge organised(String id) {
        Challenge challenge = challenge(id);
        if (!ownsProfile(challenge.organiserProfileId)) {
            throw ProblemException.notFound("challenge " + id + " organised by you");
        }
        return challenge;
    }

    private boolean ownsProfile(String profileId) {
        ProfileRef profile = profiles.find(profileId);
        return profile != null && profile.accountId().equals(caller.accountId());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
