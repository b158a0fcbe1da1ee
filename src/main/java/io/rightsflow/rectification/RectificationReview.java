package io.rightsflow.rectification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.desk.DeskTask;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.ReadingChanges;
import io.rightsflow.measurement.Readings;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_DecideRectification at the desk: correct what the person entered and the account's fields,
 * move readings to the right profile, or mark them as contested. A refusal with reasons is the
 * desk's refusal of the request (request/RequestRefusals), open to every request.
 */
@ApplicationScoped
class RectificationReview implements DeskTask {

    @Inject
    Profiles profiles;

    @Inject
    Readings readings;

    @Inject
    ReadingChanges changes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return "UserTask_DecideRectification";
    }

    @Override
    public List<String> decisions() {
        return List.of(Rectification.CORRECT, Rectification.MOVE, Rectification.CONTEST);
    }

    @Override
    public boolean needsReason(String decision) {
        return false;
    }

    /** A decision the request gives nothing to act on is answered 400 and changes nothing. */
    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        Rectification rectification = Rectification.findById(requestId);
        if (rectification == null) {
            throw ProblemException.conflict("the profile of rectification " + requestId + " has been erased; there "
                    + "is nothing left to decide");
        }
        ProfileRef profile = profiles.find(rectification.profileId);
        if (profile == null || !rectification.accountId.equals(profile.accountId())) {
            // made independent since it was asked: the former holder's words must not change the new owner's data
            throw ProblemException.conflict("profile " + rectification.profileId + " has moved to another account "
                    + "since this rectification was asked; refuse it with reasons, and its new owner may ask anew");
        }
        List<RectificationItem> items = rectification.items();
        String unfit = switch (decision) {
            case Rectification.CORRECT -> items.stream().anyMatch(i -> i.field != null || i.isCorrection()) ? null
                    : "the person gave no right value to correct: no account field and no value of a reading they "
                            + "entered (device readings are never edited); move or contest the readings, or refuse "
                            + "the request with reasons";
            case Rectification.MOVE -> rectification.moveToProfileId == null || items.stream()
                    .noneMatch(RectificationItem::isReading)
                    ? "the person named no profile to move readings to; contest them, or refuse the request"
                    : targetGone(rectification);
            // with no readings named, CONTEST keeps the person's statement as their supplementary statement
            default -> items.stream().anyMatch(RectificationItem::isReading) || rectification.statement != null ? null
                    : "the person named no readings (measurementIds) to mark as contested, and wrote no statement";
        };
        if (unfit != null) {
            throw ProblemException.badRequest(unfit).with("field", "decision");
        }
        rectification.decision = decision;
        rectification.decidedBy = actor;
        rectification.decidedAt = Instant.now(clock);
        audit.record("RECTIFICATION_DECIDED", actor, requestId, rectification.profileId, decision);
    }

    private String targetGone(Rectification rectification) {
        ProfileRef target = profiles.find(rectification.moveToProfileId);
        if (target != null && target.isActive() && !rectification.accountId.equals(target.accountId())) {
            return "profile " + rectification.moveToProfileId + " has moved to another account: the readings cannot "
                    + "move to it";
        }
        return target != null && target.isActive() ? null
                : "profile " + rectification.moveToProfileId + " is no longer active: the readings cannot move to it";
    }

    /** The agent sees what the person says is wrong, what is right, and in their words why. */
    @Override
    public List<Asked> asked(String requestId) {
        Rectification rectification = Rectification.findById(requestId);
        if (rectification == null) {
            return List.of();
        }
        List<RectificationItem> items = rectification.items();
        List<Asked> asked = new ArrayList<>();
        List<Long> ids = items.stream().filter(RectificationItem::isReading).map(i -> i.measurementId).toList();
        if (!ids.isEmpty()) {
            asked.add(new Asked("Readings named as wrong", readings.byIds(ids).stream()
                    .map(this::reading).collect(Collectors.joining("; "))));
        }
        for (RectificationItem item : items) {
            if (item.isCorrection()) {
                MeasurementRef reading = readings.find(item.measurementId);
                asked.add(new Asked("Reading " + item.measurementId + " should be", item.askedValue + " "
                        + item.askedUnit + (reading == null ? " (the reading is gone)" : ", is " + reading(reading))));
            } else if (item.field != null) {
                asked.add(new Asked(RectificationItem.PROFILE_NAME.equals(item.field) ? "Profile name should be"
                        : "Account address should be", item.askedValue));
            }
        }
        if (rectification.moveToProfileId != null) {
            ProfileRef target = profiles.find(rectification.moveToProfileId);
            asked.add(new Asked("Move the readings to profile", target == null ? "(erased)"
                    : target.name() + " (" + target.id() + ")"));
        }
        asked.add(new Asked("Statement", rectification.statement == null ? "(none given)" : rectification.statement));
        return asked;
    }

    private String reading(MeasurementRef m) {
        return m.id() + ": " + changes.inWords(m) + " (" + m.source().name().toLowerCase() + ")";
    }
}
