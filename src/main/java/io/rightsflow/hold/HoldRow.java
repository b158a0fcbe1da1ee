package io.rightsflow.hold;

import java.time.Instant;

import io.rightsflow.mail.MailSteps;

/**
 * One hold in the words of the pages; {@code problem}: why its lifting was just refused, or null.
 * The note is shown to staff only (both pages are staff pages).
 */
public record HoldRow(String id, String subject, String reason, String note, String placedBy, String placed,
        String until, boolean current, String status, String liftReason, String problem) {

    static HoldRow of(HoldView hold, String problem) {
        String status = hold.current() ? "In force"
                : hold.liftedAt() != null ? "Lifted by " + hold.liftedBy() + " on " + date(hold.liftedAt())
                : "Ended on " + date(hold.until());
        return new HoldRow(hold.id(), hold.subjectType().name().toLowerCase() + " " + hold.subjectId(),
                hold.reason().label(), hold.note() == null ? "" : hold.note(),
                hold.placedBy(), date(hold.placedAt()), hold.until() == null ? "until lifted" : date(hold.until()),
                hold.current(), status, hold.liftReason() == null ? "" : hold.liftReason(), problem);
    }

    private static String date(Instant instant) {
        return MailSteps.date(instant);
    }
}
