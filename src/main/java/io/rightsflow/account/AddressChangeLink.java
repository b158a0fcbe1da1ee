package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction;
import io.rightsflow.link.Links;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

/**
 * The link mailed to the new address of a change (its request id is the account's id): following
 * it proves the address, and the account uses it from then on. An account that took the address in
 * the meantime keeps it: the unique constraint on addresses decides, and nothing changes here.
 */
@ApplicationScoped
class AddressChangeLink implements LinkAction {

    static final String PURPOSE = "address-change";

    @Inject
    Links links;

    @Inject
    Event<AddressConfirmed> confirmed;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String accountId) {
        return new Description("Confirm your new email address",
                "Confirm that this email address is yours: your Rightsflow account uses it from then on, and you log "
                        + "in with it.", "Confirm my new address");
    }

    @Override
    public Description perform(String accountId) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        AddressChange change = AddressChange.ofAccount(accountId);
        if (account == null || change == null || !change.isWaiting()) {
            throw new LinkRefused("This change of address is no longer waiting for confirmation. Nothing was changed.");
        }
        if (account.status != AccountStatus.ACTIVE) {
            throw new LinkRefused("This account is waiting for its deletion: its address cannot be changed. "
                    + "Nothing was changed.");
        }
        account.email = change.newEmail;
        try {
            account.flush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, AccountResource.EMAIL_UNIQUE)) {
                throw new LinkRefused("Another account uses this email address already, so this account cannot. "
                        + "Nothing was changed.");
            }
            throw e;
        }
        change.confirmedAt = Instant.now(clock);
        // Links mailed to the old address no longer reach the owner: a reset from there is spent.
        links.revoke(accountId, PasswordResetLink.PURPOSE);
        links.revoke(accountId, AddressChangeCancellationLink.PURPOSE);
        confirmed.fire(new AddressConfirmed(account.id, account.email));
        audit.record("ADDRESS_CHANGED", "link", null, null, "account=" + accountId);
        return new Description("Your new address is confirmed",
                "Your account uses this email address from now on: log in with it and your password.", null);
    }
}
