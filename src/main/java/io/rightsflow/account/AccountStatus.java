package io.rightsflow.account;

public enum AccountStatus {
    /** Signed up, but the address is not proven yet: nothing is shared with it, and it expires. */
    UNCONFIRMED,
    ACTIVE,
    PENDING_DELETION
}
