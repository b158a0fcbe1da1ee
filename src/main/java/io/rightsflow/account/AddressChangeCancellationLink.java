package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/** "This was not me": the link of the notice to the old address stops a change that waits. */
@ApplicationScoped
class AddressChangeCancellationLink implements LinkAction {

    static final String PURPOSE = "address-change-cancellation";

    @Inject
    Links links;

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
        return new Description("Stop the change of your email address",
                "Your account keeps this email address, and the link mailed to the other address stops working. "
                        + "Change your password too: whoever asked for the change knew it.", "Stop the change");
    }

    @Override
    public Description perform(String accountId) {
        Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        AddressChange change = AddressChange.ofAccount(accountId);
        if (change == null || change.confirmedAt != null) {
            throw new LinkRefused("The change of address has been confirmed already. Contact customer service to "
                    + "get your account back. Nothing was changed.");
        }
        if (change.cancelledAt == null) {
            change.cancelledAt = Instant.now(clock);
            links.revoke(accountId, AddressChangeLink.PURPOSE);
            audit.record("ADDRESS_CHANGE_STOPPED", "link", null, null, "account=" + accountId);
        }
        return new Description("The change is stopped",
                "Your account keeps this email address. Now change your password.", null);
    }
}
