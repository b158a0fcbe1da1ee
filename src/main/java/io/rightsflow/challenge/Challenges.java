package io.rightsflow.challenge;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.Readings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Computes what a challenge shows: only steps, calories, distance and elevation since each participant joined it. */
@ApplicationScoped
class Challenges {

    @Inject
    Readings readings;

    static final List<String> COUNTED = List.of("steps", "burned-calories", "distance", "elevation");

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Clock clock;

    ChallengeView view(Challenge challenge, boolean organiser) {
        List<ChallengeMember> members = new ArrayList<>();
        Map<String, ProfileRef> byId = new HashMap<>();
        for (ChallengeMember member : ChallengeMember.<ChallengeMember>list("challengeId = ?1 order by joinedAt",
                challenge.id)) {
            ProfileRef profile = profiles.find(member.profileId);
            if (shown(profile)) {
                members.add(member);
                byId.put(profile.id(), profile);
            }
        }
        List<ChallengeView.Participant> participants = new ArrayList<>();
        for (ChallengeMember member : members) {
            participants.add(participant(byId.get(member.profileId), countedFrom(challenge, member)));
        }
        if (!organiser) {
            return new ChallengeView(challenge.id, challenge.name, challenge.startsAt, participants, null, null, null);
        }
        Map<String, ChallengeTeam> teams = ChallengeTeam.<ChallengeTeam>list("challengeId", challenge.id).stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<ChallengeView.Member> memberList = members.stream().map(m -> new ChallengeView.Member(
                byId.get(m.profileId).name(), m.teamId == null ? null : teams.get(m.teamId).name, m.joinedAt)).toList();
        List<ChallengeView.Team> teamList = teams.values().stream().map(t -> new ChallengeView.Team(t.id, t.name,
                members.stream().filter(m -> t.id.equals(m.teamId)).map(m -> byId.get(m.profileId).name()).toList()))
                .toList();
        ChallengeView.Totals aggregate = participants.stream().map(ChallengeView.Participant::totals)
                .reduce(new ChallengeView.Totals(0, 0, 0, 0), (a, b) -> new ChallengeView.Totals(a.steps() + b.steps(),
                        a.calories() + b.calories(), a.distance() + b.distance(), a.elevation() + b.elevation()));
        return new ChallengeView(challenge.id, challenge.name, challenge.startsAt, participants, memberList, teamList,
                aggregate);
    }

    /**
     * Decided at every read, so that it holds at once: a profile pending deletion (its own or its
     * account's), gone, or objecting to challenges (CHALLENGES, which ALL includes: a challenge
     * is a leaderboard shown to others) is in no view. A cancelled deletion
     * or a lifted restriction brings it back as it was: the profile is restored exactly as it was.
     */
    private boolean shown(ProfileRef profile) {
        return profile != null && profile.isActive() && policy.allows(profile.id(), Purpose.CHALLENGES);
    }

    /** A participant's figures count from when they joined, and never before the challenge began. */
    private static Instant countedFrom(Challenge challenge, ChallengeMember member) {
        return member.joinedAt.isAfter(challenge.startsAt) ? member.joinedAt : challenge.startsAt;
    }

    /** Summed by the database: a view reads a few rows per participant, however many readings there are. */
    ChallengeView.Participant participant(ProfileRef profile, Instant since) {
        Map<String, Double> sums = readings.sums(profile.id(), COUNTED, since);
        Map<LocalDate, Double> weeks = readings.weeklySums(profile.id(), "steps", since);
        LocalDate thisWeek = weekOf(Instant.now(clock));
        List<ChallengeView.Week> history = weeks.entrySet().stream()
                .map(e -> new ChallengeView.Week(e.getKey(), e.getValue().longValue())).toList();
        // No profile pictures are kept yet: the field is there, empty, for when they are.
        return new ChallengeView.Participant(profile.name(), null, weeks.getOrDefault(thisWeek, 0.0).longValue(), history,
                new ChallengeView.Totals(sums.getOrDefault("steps", 0.0).longValue(),
                        sums.getOrDefault("burned-calories", 0.0), sums.getOrDefault("distance", 0.0),
                        sums.getOrDefault("elevation", 0.0)));
    }

    private static LocalDate weekOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
