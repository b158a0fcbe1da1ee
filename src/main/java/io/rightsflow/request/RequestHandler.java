package io.rightsflow.request;

/** The feature that runs one type of request: checks it, starts its process, cancels it. */
public interface RequestHandler {

    RequestType type();

    /**
     * Checks the body (throwing a problem that says what to fix) and fills in the record's
     * account and profile; runs before anything is stored.
     */
    void accept(NewRequest body, DataRequest request);

    /**
     * What two open requests of this type may not share (e.g. "profile:&lt;id&gt;" for an erasure),
     * or null when any number of them may be open at once (objections to different purposes).
     */
    default String exclusiveScope(DataRequest request) {
        return null;
    }

    /** Starts the process of a stored request; runs in the same transaction as the insert. */
    String start(DataRequest request);

    /** Cancels the request where its process allows it, or throws a 409 problem. */
    void cancel(DataRequest request, String actor);

    /** What the person can do next, told in the answer to filing (null: nothing to add). */
    default String notice(DataRequest request) {
        return null;
    }
}
