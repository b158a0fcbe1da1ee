package io.rightsflow.audit;

import java.time.Instant;

/** One event of the audit trail as the other features read it. */
public record AuditRecord(long id, Instant at, String kind, String actor, String requestId, String profileId,
        String detail) {

    static AuditRecord of(AuditEvent event) {
        return new AuditRecord(event.id, event.at, event.kind, event.actor, event.requestId, event.profileId,
                event.detail);
    }
}
