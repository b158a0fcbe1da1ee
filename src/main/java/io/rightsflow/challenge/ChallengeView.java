package io.rightsflow.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A challenge as its people see it. Each participant shows exactly a name, a picture (none yet),
 * weekly steps (this week and every week since they joined) and totals since they joined (never
 * before the start); the
 * organiser also gets the members, the teams and the aggregate. Nothing else of anyone's data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeView(String challengeId, String name, Instant startsAt, List<Participant> participants,
        List<Member> members, List<Team> teams, Totals aggregate) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Participant(String name, String picture, long currentWeekSteps, List<Week> weeklySteps, Totals totals) {
    }

    public record Week(LocalDate weekStarting, long steps) {
    }

    /** Since the participant joined (not before the challenge began): steps, kcal, metres, metres climbed. */
    public record Totals(long steps, double calories, double distance, double elevation) {
    }

    public record Member(String name, String team, Instant joinedAt) {
    }

    public record Team(String teamId, String name, List<String> members) {
    }
}
