package io.rightsflow.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.Channel;
import io.rightsflow.request.ProcessSteps;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A request as the desk's pages show it: what, how it came in, when it is due, whose profile, its steps. */
@ApplicationScoped
class DeskRequestFacts {

    /** The facts of one request, in words. {@code extension} is null when it was never extended. */
    public record Facts(String id, String type, String status, boolean open, String channel, String ticket,
            String identityCheck, String receivedOn, String dueOn, boolean overdue, String extension,
            String profileName, String profileStatus, List<Step> steps) {
    }

    /** One step of its processes, with when it started and ended (or that it is under way). */
    public record Step(String name, boolean done, String startedOn, String endedOn) {
    }

    @Inject
    Profiles profiles;

    @Inject
    ProcessSteps steps;

    @Inject
    Clock clock;

    @Transactional
    Facts of(RequestRef request) {
        ProfileRef profile = profiles.find(request.profileId());
        String extension = request.extendedMonths() == null ? null
                : "Extended by " + request.extendedMonths() + (request.extendedMonths() == 1 ? " month" : " months")
                        + (request.extensionReason() == null ? "" : ": " + request.extensionReason());
        List<Step> done = steps.of(request.processInstanceId()).stream()
                .map(s -> new Step(s.name(), s.endedAt() != null, RequestWords.date(s.startedAt()),
                        RequestWords.date(s.endedAt())))
                .toList();
        return new Facts(request.id(), RequestWords.type(request.type()), RequestWords.status(request.status()),
                request.isOpen(),
                request.channel() == Channel.CUSTOMER_SERVICE ? "Customer service (filed by an agent)" : "Self-service",
                request.ticket(), request.identityCheck(), RequestWords.date(request.receivedAt()),
                RequestWords.date(request.dueAt()), request.isOpen() && request.dueAt().isBefore(Instant.now(clock)),
                extension, profile == null ? null : profile.name(),
                profile == null ? null : profileStatus(profile), done);
    }

    private static String profileStatus(ProfileRef profile) {
        return switch (profile.status()) {
            case ACTIVE -> "Active";
            case PENDING_DELETION -> "Pending deletion";
        };
    }
}
