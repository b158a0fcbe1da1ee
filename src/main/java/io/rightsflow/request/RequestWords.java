package io.rightsflow.request;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a request's type and status mean, in the words the pages use. */
public final class RequestWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private RequestWords() {
    }

    public static String type(RequestType type) {
        return switch (type) {
            case PROFILE_ERASURE -> "Delete a profile";
            case ACCOUNT_ERASURE -> "Delete the account";
            case EXPORT -> "Download of your data";
            case OBJECTION -> "Objection to a use of your data";
            case INDEPENDENCE -> "Make a profile independent";
            case PARTNER_DISCONNECTION -> "Disconnect a partner app";
            case ACCESS -> "Copy of your data and how it is used";
            case RECTIFICATION -> "Correct your data";
            case RESTRICTION -> "Restrict the use of a profile's data";
        };
    }

    /**
     * The request as a sentence names it, after "your" or "the": "your request to delete a
     * profile", never the enum's name (mails and notices).
     */
    public static String request(RequestType type) {
        return switch (type) {
            case PROFILE_ERASURE -> "request to delete a profile";
            case ACCOUNT_ERASURE -> "request to delete an account";
            case EXPORT -> "request for a copy of the data to download";
            case OBJECTION -> "objection to a use of the data";
            case INDEPENDENCE -> "request to make a profile independent";
            case PARTNER_DISCONNECTION -> "request to disconnect a partner app";
            case ACCESS -> "request for a copy of your data and how it is used";
            case RECTIFICATION -> "request to correct a profile's data";
            case RESTRICTION -> "request to restrict the use of a profile's data";
        };
    }

    public static String status(RequestStatus status) {
        return switch (status) {
            case RECEIVED -> "Received";
            case AWAITING_CONFIRMATION -> "Waiting for a confirmation";
            case GRACE_PERIOD -> "Waiting period before the deletion";
            case IN_REVIEW -> "Being reviewed by our team";
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> "Done";
            case CANCELLED -> "Cancelled";
            case REJECTED -> "Refused";
            case FAILED -> "Could not be completed";
        };
    }

    /** A date as people read it, e.g. 1 December 2026 (UTC). */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
