package io.rightsflow.challenge;

import java.util.List;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An erased profile leaves every challenge; the challenges it organised end with it, their waiting invitations too. */
@ApplicationScoped
class ChallengeData implements ProfileData {

    @Inject
    Profiles profiles;

    @Override
    public String kind() {
        return "challenges";
    }

    @Override
    public int order() {
        return 2;
    }

    /**
     * The profile's memberships and the challenges it organises move with it: fellow members see
     * of it what they saw before. Only the ties between the profile and the former holder's own
     * profiles end (it leaves the holder's challenges, theirs leave its own): they were made inside
     * one account, and an organiser sees its members' names and teams.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        List<String> holders = profiles.ofAccount(fromAccountId).stream().map(ProfileRef::id)
                .filter(id -> !id.equals(profileId)).toList();
        if (holders.isEmpty()) {
            return;
        }
        ChallengeMember.delete("profileId = ?1 and challengeId in (select c.id from Challenge c where "
                + "c.organiserProfileId in ?2)", profileId, holders);
        ChallengeMember.delete("profileId in ?1 and challengeId in (select c.id from Challenge c where "
                + "c.organiserProfileId = ?2)", holders, profileId);
    }

    @Override
    public int purge(String profileId, int limit) {
        long deleted = ChallengeMember.delete("profileId", profileId);
        List<String> organised = Challenge.<Challenge>list("organiserProfileId", profileId).stream().map(c -> c.id).toList();
        if (!organised.isEmpty()) {
            deleted += ChallengeMember.delete("challengeId in ?1", organised);
            deleted += ChallengeInvitation.delete("challengeId in ?1", organised);
            deleted += WaitingInvitation.delete("challengeId in ?1", organised);
            deleted += ChallengeTeam.delete("challengeId in ?1", organised);
            deleted += Challenge.delete("id in ?1", organised);
        }
        return (int) deleted;
    }

    /**
     * The challenges the profile organises and those it is a member of, each with what the other
     * members see of it: its name and its totals since it joined (Challenges).
     */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        Challenge.<Challenge>list("organiserProfileId = ?1 order by createdAt, id", profileId).forEach(c -> out.write(
                "challenges-organised", new Organised(c.id, c.name, c.startsAt, c.createdAt)));
        ProfileRef profile = profiles.find(profileId);
        for (ChallengeMember member : ChallengeMember.<ChallengeMember>list("profileId = ?1 order by joinedAt", profileId)) {
            Challenge challenge = Challenge.findById(member.challengeId);
            ChallengeTeam team = member.teamId == null ? null : ChallengeTeam.findById(member.teamId);
            ChallengeView.Participant seen = profile == null ? null
                    : challenges.participant(profile, member.joinedAt.isAfter(challenge.startsAt) ? member.joinedAt
                            : challenge.startsAt);
            out.write("challenge-memberships", new Membership(challenge.id, challenge.name, team == null ? null : team.name,
                    member.joinedAt, seen));
        }
    }

    @Inject
    Challenges challenges;

    record Organised(String id, String name, java.time.Instant startsAt, java.time.Instant createdAt) {
    }

    /** {@code seenByOtherMembers}: what every member of the challenge sees of this profile. */
    record Membership(String challengeId, String challenge, String team, java.time.Instant joinedAt,
            ChallengeView.Participant seenByOtherMembers) {
    }
}
