package io.rightsflow.approval;

/** Where an act asked for by an agent stands: only APPROVED ever did anything. */
public enum ActStatus {
    AWAITING_SUBJECT, APPROVED, REFUSED, EXPIRED,
    /** The request it belonged to ended first (refused at the desk, cancelled): nothing was done. */
    WITHDRAWN
}
