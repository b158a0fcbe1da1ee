package io.rightsflow.account;

public enum ProfileStatus {
    ACTIVE, PENDING_DELETION
}
