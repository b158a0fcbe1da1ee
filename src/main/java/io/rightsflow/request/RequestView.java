package io.rightsflow.request;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(String id, RequestType type, RequestStatus status, Channel channel, String accountId,
        String profileId, String processInstanceId, Instant receivedAt, Instant dueAt, Instant completedAt, Integer extendedMonths, boolean overdue, List<Step> steps) {

    /** One step of the request's process, from the engine's history. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String id, String name, Instant startedAt, Instant endedAt) {
    }
}
