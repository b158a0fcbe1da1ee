package io.rightsflow.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import io.rightsflow.system.IsoDurations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the links of accounts live. sign-up.bpmn's timer reads
 * {@code ${accountSettings.confirmBy(accountId)}}: when an account still unconfirmed is removed.
 */
@Named
@ApplicationScoped
public class AccountSettings {

    @ConfigProperty(name = "rightsflow.accounts.confirmation-period", defaultValue = "P7D")
    String confirmationPeriod;

    @ConfigProperty(name = "rightsflow.accounts.password-reset-validity", defaultValue = "PT1H")
    Duration passwordResetValidity;

    @ConfigProperty(name = "rightsflow.accounts.address-change-validity", defaultValue = "PT24H")
    Duration addressChangeValidity;

    public Date confirmBy(String accountId) {
        Account account = Account.findById(accountId);
        // Gone (removed meanwhile): the timer fires at once and finds nothing to remove.
        return Date.from(account == null ? Instant.EPOCH : confirmBy(account.createdAt));
    }

    /** sign-up.bpmn's Gateway_StillUnconfirmed: whether the account is there and still waits for its address. */
    public boolean unconfirmed(String accountId) {
        Account account = Account.findById(accountId);
        return account != null && account.status == AccountStatus.UNCONFIRMED;
    }

    /** address-change.bpmn's timer: when the change's links expire and both addresses are forgotten. */
    public Date changeEndsAt(String changeId) {
        AddressChange change = AddressChange.findById(changeId);
        return Date.from(change == null ? Instant.EPOCH : change.requestedAt.plus(addressChangeValidity));
    }

    Instant confirmBy(Instant createdAt) {
        return IsoDurations.after(createdAt, confirmationPeriod, "rightsflow.accounts.confirmation-period");
    }

    Duration passwordResetValidity() {
        return passwordResetValidity;
    }

    Duration addressChangeValidity() {
        return addressChangeValidity;
    }
}
