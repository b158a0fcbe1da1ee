package io.rightsflow.downstream;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One request's call to one downstream system: what to ask, and what came of it (V28). */
@Entity
@Table(name = "system_call")
public class SystemCall extends PanacheEntityBase {

    public enum Status {
        /** Not asked yet, or asked and refused (retried). */
        PENDING,
        /** The system took the request (202) and will call back. */
        WAITING,
        /** On the desk: the system failed, never answered, or is worked by hand. */
        AT_DESK,
        COMPLETED,
        /** The system said it could not do it; on the desk. */
        FAILED,
        /** Done outside Rightsflow, with the evidence recorded at the desk. */
        DONE_BY_HAND,
        GIVEN_UP,
        /** Its request ended before the system answered (an access request ended by an erasure). */
        CANCELLED;

        public boolean settled() {
            return this == COMPLETED || this == DONE_BY_HAND || this == GIVEN_UP || this == CANCELLED;
        }
    }

    @Id
    public String id;
    public String requestId;
    public String systemId;
    @Enumerated(EnumType.STRING)
    public SystemsConfig.Kind kind;
    public String requestType;
    public String accountId;
    public String profileId;
    /** An account's request: its profiles' ids, comma-separated. */
    public String profileIds;
    /** Only for a system configured to take it, and only until the call is settled. */
    public String address;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String processInstanceId;
    public Instant createdAt;
    public Instant askedAt;
    public Instant answeredAt;
    public Long rowCount;
    public String detail;
    public String decision;
    public String decidedBy;
    public Instant decidedAt;
    public String evidence;
    public String evidenceReference;
    /** How many times the desk asked the system again (RETRY_SYSTEM). */
    public int deskRounds;
    @Version
    public int version;

    public static List<SystemCall> of(String requestId) {
        return list("requestId = ?1 order by systemId", requestId);
    }

    /**
     * The call's Idempotency-Key: the same through the engine's retries (one request to the
     * system), a new one each time the desk asks again, so that a system that replays its answer
     * to a key it knows does not replay the failure the desk asked it to get past.
     */
    String idempotencyKey() {
        return deskRounds == 0 ? id : id + "." + deskRounds;
    }

    static SystemCall locked(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    static SystemCall ofProcess(String processInstanceId) {
        return find("processInstanceId", processInstanceId).firstResult();
    }

    /**
     * Settled: the subject's ids and address go, and the system's own words (free text, which may
     * name the person); the record of what the system did stays.
     */
    void settle(Status settled, Instant at) {
        status = settled;
        answeredAt = at;
        detail = null;
        accountId = null;
        profileId = null;
        profileIds = null;
        address = null;
    }
}
