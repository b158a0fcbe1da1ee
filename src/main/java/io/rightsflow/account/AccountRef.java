package io.rightsflow.account;

import java.time.Instant;

/**
 * An account as the other features see it: its address, units and status, and the privacy notice
 * it accepted; never its password hash.
 */
public record AccountRef(String id, String email, Units units, AccountStatus status, Instant createdAt,
        String noticeVersion, Instant noticeAcceptedAt) {

    static AccountRef of(Account account) {
        return account == null ? null : new AccountRef(account.id, account.email, account.units.copy(),
                account.status, account.createdAt, account.noticeVersion, account.noticeAcceptedAt);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }
}
