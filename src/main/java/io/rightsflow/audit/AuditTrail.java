package io.rightsflow.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes audit events in the caller's transaction: an action and its record commit together. */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String kind, String actor, String requestId, String profileId, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = Instant.now(clock);
        event.kind = kind;
        event.actor = actor;
        event.requestId = requestId;
        event.profileId = profileId;
        event.detail = detail;
        event.persist();
    }

    /** A page of the events about a profile after the event {@code afterId}, in the order they were written. */
    public List<AuditRecord> aboutProfile(String profileId, long afterId, int max) {
        return AuditEvent.<AuditEvent>find("profileId = ?1 and id > ?2 order by id", profileId, afterId)
                .page(0, max).list().stream().map(AuditRecord::of).toList();
    }

    /** Every event about the request, oldest first. */
    public List<AuditRecord> ofRequest(String requestId) {
        return AuditEvent.<AuditEvent>list("requestId = ?1 order by at, id", requestId).stream()
                .map(AuditRecord::of).toList();
    }
}
