package io.rightsflow.challenge;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.Readings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Computes what a challenge shows: only steps, calories, distance and elevation since it began. */
@ApplicationScoped
class Challenges {

    @Inject
    Readings readings;

    static final List<String> COUNTED = List.of("steps", "burned-calories", "distance", "elevation");

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    ChallengeView view(Challenge challenge, boolean organiser) {
        List<ChallengeMember> members = ChallengeMember.list("challengeId = ?1 order by joinedAt", challenge.id);
        Map<String, ProfileRef> byId = members.stream().map(m -> profiles.find(m.profileId))
                .collect(Collectors.toMap(ProfileRef::id, Function.identity()));
        List<ChallengeView.Participant> participants = new ArrayList<>();
        for (ChallengeMember member : members) {
            participants.add(participant(byId.get(member.profileId), challenge.startsAt));
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

    private ChallengeView.Participant participant(ProfileRef profile, Instant since) {
        List<MeasurementRef> counted = readings.of(profile.id(), COUNTED, since);
        Map<LocalDate, Long> weeks = new TreeMap<>();
        long steps = 0;
        double calories = 0;
        double distance = 0;
        double elevation = 0;
        for (MeasurementRef m : counted) {
            double value = m.value() == null ? 0 : m.value();
            switch (m.categoryId()) {
                case "steps" -> {
                    steps += (long) value;
                    weeks.merge(weekOf(m.takenAt()), (long) value, Long::sum);
                }
                case "burned-calories" -> calories += value;
                case "distance" -> distance += value;
                default -> elevation += value;
            }
        }
        LocalDate thisWeek = weekOf(Instant.now(clock));
        List<ChallengeView.Week> history = weeks.entrySet().stream()
                .map(e -> new ChallengeView.Week(e.getKey(), e.getValue())).toList();
        // No profile pictures are kept yet: the field is there, empty, for when they are.
        return new ChallengeView.Participant(profile.name(), null, weeks.getOrDefault(thisWeek, 0L), history,
                new ChallengeView.Totals(steps, calories, distance, elevation));
    }

    private static LocalDate weekOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
