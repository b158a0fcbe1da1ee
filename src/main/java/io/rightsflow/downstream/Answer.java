package io.rightsflow.downstream;

/**
 * What a system answered to one call: at once (a webhook's 200, an SQL system's transaction) or
 * later (a webhook's callback). {@code data} is its part of an access copy, or null.
 */
record Answer(Outcome outcome, Long count, String detail, Data data) {

    enum Outcome {
        COMPLETED, FAILED,
        /** A webhook's 202: the system will call back. */
        ACCEPTED
    }

    /** A file for the access copy: e.g. "rows.csv", "text/csv". */
    record Data(String fileName, String contentType, byte[] bytes) {
    }

    static Answer accepted() {
        return new Answer(Outcome.ACCEPTED, null, null, null);
    }
}
