package io.rightsflow.hold;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A hold as the API, the pages and the erasures read it; {@code current}: in force right now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HoldView(String id, HoldSubject subjectType, String subjectId, HoldReason reason, String note,
        String placedBy, Instant placedAt, Instant until, String liftedBy, Instant liftedAt, String liftReason,
        boolean current) {
}
