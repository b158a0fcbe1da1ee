package io.rightsflow.account;

public enum AccountStatus {
    ACTIVE, PENDING_DELETION
}
