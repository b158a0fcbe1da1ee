package io.rightsflow.account;

/**
 * An account's address has just been proven by its owner: a new account confirmed, or a changed
 * address confirmed at the new address. Fired (synchronously, in the confirming transaction) so that
 * what waited for an account at that address (a dashboard share, an invitation) reaches it now and
 * not before: an address belongs to whoever proves it.
 */
public record AddressConfirmed(String accountId, String email) {
}
