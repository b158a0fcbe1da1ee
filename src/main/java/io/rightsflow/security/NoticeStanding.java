package io.rightsflow.security;

/**
 * Which privacy notice (Art. 13) a subject's account accepted, for {@code /api/me}. Offered by the
 * feature that keeps accounts, which builds on this package; without it {@code /api/me} says nothing
 * of notices.
 */
public interface NoticeStanding {

    /** The version the account accepted (null: none yet), whether it is the one in force, and that one. */
    record Standing(String noticeVersion, boolean noticeCurrent, String currentNotice) {
    }

    /** The account's standing; null when there is no such account. */
    Standing of(String accountId);
}
