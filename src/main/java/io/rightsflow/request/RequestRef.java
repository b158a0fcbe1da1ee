package io.rightsflow.request;

import java.time.Instant;

/**
 * A data-rights request as the other features see it: what was asked, about whom, its status and
 * legal due date. A snapshot: changes go through {@link Requests} and {@link RequestLifecycle}.
 */
public record RequestRef(String id, RequestType type, RequestStatus status, Channel channel, String filedBy,
        String accountId, String profileId, String processInstanceId, Instant receivedAt, Instant dueAt,
        Instant completedAt, Integer extendedMonths, String extensionReason, String ticket, String identityCheck,
        String identityNote) {

    static RequestRef of(DataRequest request) {
        return request == null ? null : new RequestRef(request.id, request.type, request.status, request.channel,
                request.filedBy, request.accountId, request.profileId, request.processInstanceId, request.receivedAt,
                request.dueAt, request.completedAt, request.extendedMonths, request.extensionReason, request.ticket,
                request.identityCheck, request.identityNote);
    }

    public boolean isOpen() {
        return !status.isFinal();
    }
}
