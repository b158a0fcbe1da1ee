package io.rightsflow.challenge;

import java.util.List;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** An erased profile leaves every challenge; the challenges it organised end with it. */
@ApplicationScoped
public class ChallengeData implements ProfileData {

    @Override
    public String kind() {
        return "challenges";
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public int purge(String profileId, int limit) {
        long deleted = ChallengeMember.delete("profileId", profileId);
        List<String> organised = Challenge.<Challenge>list("organiserProfileId", profileId).stream().map(c -> c.id).toList();
        if (!organised.isEmpty()) {
            deleted += ChallengeMember.delete("challengeId in ?1", organised);
            deleted += ChallengeInvitation.delete("challengeId in ?1", organised);
            deleted += ChallengeTeam.delete("challengeId in ?1", organised);
            deleted += Challenge.delete("id in ?1", organised);
        }
        return (int) deleted;
    }
}
