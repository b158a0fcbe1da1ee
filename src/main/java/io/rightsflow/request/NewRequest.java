package io.rightsflow.request;

import java.util.List;

/** The body of POST /api/requests: the common fields and those of every type. */
public record NewRequest(RequestType type, String profileId, String accountId, List<String> purposes,
        String statement, String newEmail, String partner, Boolean notifyErasure) {
}
