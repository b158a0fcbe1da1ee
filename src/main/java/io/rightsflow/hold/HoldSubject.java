package io.rightsflow.hold;

/** What a hold is placed on: one profile, or an account with every profile in it. */
public enum HoldSubject {
    PROFILE, ACCOUNT
}
