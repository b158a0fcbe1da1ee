package io.rightsflow.approval;

/**
 * A feature's kind of act that an agent may only ask for: what the subject is told, what happens
 * once they approve, and what is undone when they refuse or let it expire.
 */
public interface ApprovedAct {

    /** e.g. "DASHBOARD_SHARE"; at most 30 characters. */
    String kind();

    /** What the subject is asked to allow, as the mail and the page say it (no other person's data). */
    String describe(PendingActRef act);

    /**
     * Does it, in the transaction of the subject's approval. Throw
     * {@link io.rightsflow.link.LinkAction.LinkRefused} when it can no longer happen: nothing changes.
     */
    void approved(PendingActRef act);

    /** Refused or expired: whatever waited for the approval goes, so that nothing of it remains. */
    void dropped(PendingActRef act);
}
