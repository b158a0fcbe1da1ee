package io.rightsflow.request;

import java.time.Instant;
import java.util.List;

/** A refusal as a copy of one's data shows it (Art. 15): what the person was told, without who decided. */
record RefusalCopy(String requestId, String reasonKind, String reasons, List<String> earlierRequestIds,
        Instant refusedAt) {

    static RefusalCopy of(RequestRefusals.RefusalRef refusal) {
        return new RefusalCopy(refusal.requestId(), refusal.reasonKindWords(), refusal.reasons(),
                refusal.earlierRequestIds(), refusal.refusedAt());
    }
}
