package io.rightsflow.request;

/** The feature that runs one type of request: checks it, starts its process, cancels it. */
public interface RequestHandler {

    RequestType type();

    /**
     * Checks the body (throwing a problem that says what to fix) and names whom the request is
     * about; runs before the request is stored, in its transaction, so that the handler may store
     * its own details under {@code requestId}.
     */
    RequestSubject accept(NewRequest body, String requestId);

    /**
     * What two open requests of this type may not share (e.g. "profile:&lt;id&gt;" for an erasure),
     * or null when any number of them may be open at once (objections to different purposes).
     */
    default String exclusiveScope(RequestRef request) {
        return null;
    }

    /** Starts the process of a stored request; runs in the same transaction as the insert. */
    String start(RequestRef request);

    /** Cancels the request where its process allows it, or throws a 409 problem. */
    void cancel(RequestRef request, String actor);

    /**
     * Whether {@link #cancel} would accept this open request now (the pages offer Cancel only then);
     * false for the types that are never cancelled by the person.
     */
    default boolean cancellable(RequestRef request) {
        return false;
    }

    /**
     * Why the desk cannot refuse this open request now (Art. 12(4)), or null when it can: a type
     * whose process passes a point of no return (an erasure's purge) says so here.
     */
    default String whyNotRefusable(RequestRef request) {
        return null;
    }

    /**
     * After the desk refused this request and its process ended, in the same transaction: forget
     * what the request kept only while it was pending (e.g. an independence's new address).
     */
    default void refused(RequestRef request) {
    }

    /** What the person can do next, told in the answer to filing (null: nothing to add). */
    /**
     * Whether this open request is past the point where an erasure of its subject could change
     * anything (e.g. a profile erasure whose profile is gone, waiting only for the maker's other
     * systems): an erasure of the account then lets it finish on its own instead of ending it.
     */
    default boolean finishesOnItsOwn(RequestRef request) {
        return false;
    }

    default String notice(RequestRef request) {
        return null;
    }
}
