package io.rightsflow.account;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * The link of the address confirmation mail (its request id is the account's id): following it
 * proves the address, and the account can be used from then on. In the link's own transaction, all
 * or nothing: the account, and {@link AddressConfirmed} for what waited for an account at this
 * address. sign-up.bpmn is not touched: its mail step may be committing at this very moment (a
 * correlation would then fail on the engine's optimistic lock), and when its period is over it
 * finds the account confirmed and leaves it.
 */
@ApplicationScoped
class AddressConfirmationLink implements LinkAction {

    static final String PURPOSE = "address-confirmation";
    @Inject
    Event<AddressConfirmed> confirmed;

    @Inject
    AuditTrail audit;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String accountId) {
        return new Description("Confirm your email address",
                "Confirm that this email address is yours to start using your new Rightsflow account.",
                "Confirm my address");
    }

    @Override
    public Description perform(String accountId) {
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new LinkRefused("This account no longer exists: it was not confirmed in time. Sign up again. "
                    + "Nothing was changed.");
        }
        if (account.status != AccountStatus.UNCONFIRMED) {
            throw new LinkRefused("This account is confirmed already. Nothing was changed.");
        }
        account.status = AccountStatus.ACTIVE;
        confirmed.fire(new AddressConfirmed(account.id, account.email));
        audit.record("ACCOUNT_CONFIRMED", "subject:" + accountId, null, null, null);
        return new Description("Your address is confirmed",
                "Your account is ready: log in with this email address and your password.", null);
    }
}
