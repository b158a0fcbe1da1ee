package io.rightsflow.request;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A request as the API shows it; {@code steps} and {@code incidents} (a step the engine gave up
 * retrying) for one request, {@code notice} (on filing only) what the person can do next.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(String id, RequestType type, RequestStatus status, Channel channel, String accountId,
        String profileId, String processInstanceId, Instant receivedAt, Instant dueAt, Instant completedAt,
        Integer extendedMonths, boolean overdue, List<Step> steps, List<Incident> incidents, String notice,
        FiledByAgent filedByAgent) {

    public RequestView withNotice(String text) {
        return new RequestView(id, type, status, channel, accountId, profileId, processInstanceId, receivedAt, dueAt,
                completedAt, extendedMonths, overdue, steps, incidents, text, filedByAgent);
    }

    /** For staff only: the ticket an agent filed it for, and how the subject's identity was checked. */
    public record FiledByAgent(String ticket, String identityCheck, String identityNote) {
    }

    /** One step of the request's process, from the engine's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String id, String name, Instant startedAt, Instant endedAt) {
    }

    /** A step that keeps failing: which, why (never personal data), since when. */
    public record Incident(String step, String message, Instant since) {
    }
}
