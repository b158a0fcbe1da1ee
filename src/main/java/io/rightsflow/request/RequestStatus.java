package io.rightsflow.request;

public enum RequestStatus {
    RECEIVED, AWAITING_CONFIRMATION, GRACE_PERIOD, IN_REVIEW, IN_PROGRESS, COMPLETED, CANCELLED, REJECTED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == REJECTED || this == FAILED;
    }
}
