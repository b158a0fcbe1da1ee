package io.rightsflow.consent;

/** Through what a consent was given or withdrawn, as the record must show (Art. 7(1)). */
public enum ConsentChannel {
    /** The person's account page. */
    ACCOUNT_PAGE,
    /** The API, by the person or their app. */
    API,
    /** The unsubscribe link of a marketing mail, or its one-click header (RFC 8058). */
    UNSUBSCRIBE_LINK,
    /** Linking a partner app gives it; disconnecting the last one withdraws it. */
    PARTNER_LINK,
    /** Sharing a dashboard gives it; stopping the last share withdraws it (an item shared on its own is the person's own act, and records none). */
    DASHBOARD_SHARE,
    /** The profile became independent: what its former holder gave on its behalf ends. */
    INDEPENDENCE
}
