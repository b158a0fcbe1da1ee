package io.rightsflow.hold;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The front door of legal holds (Art. 17(3)(b) and (e)): place, lift, list, and tell an erasure
 * whether it must wait. The API and the pages call the same methods.
 */
@ApplicationScoped
public class LegalHolds {

    /** The message an erasure waiting at its hold step catches (profile- and account-erasure.bpmn). */
    public static final String LIFTED = "LegalHoldLifted";
    static final int NOTE_MAX = 500;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    RuntimeService runtime;

    @Inject
    Clock clock;

    /** What a new hold says, as the API and the page's form send it (strings: the form's fields). */
    public record NewHold(String subjectType, String subjectId, String reason, String note, String until) {
    }

    /** What is wrong with a new hold, by field; empty when {@link #place} would go on. */
    public Map<String, String> problems(NewHold hold) {
        Map<String, String> problems = new LinkedHashMap<>();
        HoldSubject type = subjectType(hold.subjectType());
        if (type == null) {
            problems.put("subjectType", "subjectType must be PROFILE or ACCOUNT");
        } else if (blank(hold.subjectId()) || !exists(type, hold.subjectId().strip())) {
            problems.put("subjectId", "subjectId must be the id of an existing " + type.name().toLowerCase());
        }
        if (reason(hold.reason()) == null) {
            problems.put("reason", "reason must be LEGAL_OBLIGATION (Art. 17(3)(b)) or LEGAL_CLAIMS (Art. 17(3)(e))");
        }
        if (hold.note() != null && hold.note().length() > NOTE_MAX) {
            problems.put("note", "note must be at most " + NOTE_MAX + " characters");
        }
        if (!blank(hold.until())) {
            Instant until = until(hold.until());
            if (until == null) {
                problems.put("until", "until must be a date (2027-12-31) or an instant (2027-12-31T00:00:00Z)");
            } else if (!until.isAfter(Instant.now(clock))) {
                problems.put("until", "until must be in the future: a hold that has ended holds nothing");
            }
        }
        return problems;
    }

    @Transactional
    public HoldView place(NewHold body, String actor) {
        problems(body).values().stream().findFirst().ifPresent(problem -> {
            throw ProblemException.badRequest(problem);
        });
        HoldSubject type = subjectType(body.subjectType());
        String subjectId = body.subjectId().strip();
        String accountId = type == HoldSubject.ACCOUNT ? subjectId : profiles.find(subjectId).accountId();
        // an erasure checking its holds takes the same lock: either it sees this hold, or this sees it gone past
        accounts.lock(accountId);
        ErasurePastHolds deleting = ErasurePastHolds.deleting(type, subjectId, accountId);
        if (deleting != null) {
            throw ProblemException.conflict(type.name().toLowerCase() + " " + subjectId + " is being erased by request "
                    + deleting.requestId + ", which found no hold at " + deleting.passedAt
                    + " and has begun to delete its data: a hold can no longer keep it").with("requestId",
                            deleting.requestId);
        }
        LegalHold hold = new LegalHold();
        hold.id = UUID.randomUUID().toString();
        hold.subjectType = type;
        hold.subjectId = subjectId;
        hold.reason = reason(body.reason());
        hold.note = blank(body.note()) ? null : body.note().strip();
        hold.placedBy = actor;
        hold.placedAt = Instant.now(clock);
        hold.untilAt = blank(body.until()) ? null : until(body.until());
        hold.persist();
        // Ids and the category only: the note may name people.
        audit.record("HOLD_PLACED", actor, null, profileIdOf(hold), describe(hold)
                + (hold.untilAt == null ? "" : " until=" + hold.untilAt));
        return hold.view(hold.placedAt);
    }

    /** Lifts a hold in force, with the reason; an erasure it held goes on (in a job of its own). */
    @Transactional
    public HoldView lift(String holdId, String reason, String actor) {
        LegalHold hold = holdId == null ? null : LegalHold.findById(holdId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            throw ProblemException.notFound("hold " + holdId);
        }
        if (blank(reason)) {
            throw ProblemException.badRequest("reason is required: why the hold is lifted");
        }
        if (reason.length() > NOTE_MAX) {
            throw ProblemException.badRequest("reason must be at most " + NOTE_MAX + " characters");
        }
        Instant now = Instant.now(clock);
        if (!hold.isCurrent(now)) {
            throw ProblemException.conflict("hold " + holdId + " is no longer in force: "
                    + (hold.liftedAt != null ? "it was lifted already" : "its end date has passed"));
        }
        hold.liftedBy = actor;
        hold.liftedAt = now;
        hold.liftReason = reason.strip();
        audit.record("HOLD_LIFTED", actor, null, profileIdOf(hold), describe(hold));
        wakeErasuresOf(accountOf(hold));
        return hold.view(now);
    }

    /** Every hold, current and past, newest first. */
    @Transactional
    public List<HoldView> list() {
        Instant now = Instant.now(clock);
        return LegalHold.<LegalHold>list("order by placedAt desc, id").stream().map(h -> h.view(now)).toList();
    }

    /**
     * The gate of an erasure ({@code profileId} null for an account's): the holds in force on what it
     * deletes, under the account's lock; when there are none, the erasure is recorded as gone past
     * its holds in the same transaction, so that a hold placed from now on is refused, not ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<HoldView> gate(String requestId, String accountId, String profileId, Collection<String> profileIds) {
        accounts.lock(accountId);
        List<HoldView> holding = holding(accountId, profileIds);
        if (holding.isEmpty() && ErasurePastHolds.findById(requestId) == null) {
            ErasurePastHolds passed = new ErasurePastHolds();
            passed.requestId = requestId;
            passed.accountId = accountId;
            passed.profileId = profileId;
            passed.passedAt = Instant.now(clock);
            passed.persist();
        }
        return holding;
    }

    /** The holds in force on this account or on any of these profiles: what an erasure of them must wait for. */
    @Transactional
    public List<HoldView> holding(String accountId, Collection<String> profileIds) {
        Instant now = Instant.now(clock);
        List<LegalHold> found = profileIds.isEmpty()
                ? LegalHold.list("subjectType = ?1 and subjectId = ?2", HoldSubject.ACCOUNT, accountId)
                : LegalHold.list("(subjectType = ?1 and subjectId = ?2) or (subjectType = ?3 and subjectId in ?4)",
                        HoldSubject.ACCOUNT, accountId, HoldSubject.PROFILE, profileIds);
        return found.stream().filter(h -> h.isCurrent(now)).map(h -> h.view(now)).toList();
    }

    /**
     * Every erasure of the account (its own, or one of its profiles') waiting at its hold step checks
     * its holds again; one still held by another hold goes back to waiting.
     */
    private void wakeErasuresOf(String accountId) {
        if (accountId != null) {
            runtime.createMessageCorrelation(LIFTED).processInstanceVariableEquals("accountId", accountId)
                    .correlateAllWithResult();
        }
    }

    private String accountOf(LegalHold hold) {
        if (hold.subjectType == HoldSubject.ACCOUNT) {
            return hold.subjectId;
        }
        ProfileRef profile = profiles.find(hold.subjectId);
        return profile == null ? null : profile.accountId();
    }

    private static String profileIdOf(LegalHold hold) {
        return hold.subjectType == HoldSubject.PROFILE ? hold.subjectId : null;
    }

    private static String describe(LegalHold hold) {
        return "hold=" + hold.id + " subject=" + hold.subjectType + ":" + hold.subjectId + " reason=" + hold.reason;
    }

    private boolean exists(HoldSubject type, String id) {
        return type == HoldSubject.PROFILE ? profiles.find(id) != null : accounts.find(id) != null;
    }

    private static HoldSubject subjectType(String value) {
        return parse(HoldSubject.class, value);
    }

    private static HoldReason reason(String value) {
        return parse(HoldReason.class, value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date holds through its whole day (UTC); an instant holds until that instant. */
    static Instant until(String value) {
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
