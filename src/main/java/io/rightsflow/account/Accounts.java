package io.rightsflow.account;

import java.util.List;

import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** The public face of accounts for the other features: find them, and move them through their deletion. */
@ApplicationScoped
public class Accounts {

    @Inject
    Caller caller;

    @Inject
    AddressChanges addressChanges;

    /** The account, when the caller may read it (its holder, an agent, an auditor); 404 otherwise. */
    public AccountRef visible(String accountId) {
        Account account = accountId == null ? null : Account.findById(accountId);
        boolean readable = caller.mayActFor(accountId) || caller.hasRole(Roles.AUDITOR);
        if (account == null || !readable) {
            throw ProblemException.notFound("account " + accountId);
        }
        return AccountRef.of(account);
    }

    /** The account, or null when there is none (any more). */
    public AccountRef find(String accountId) {
        return accountId == null ? null : AccountRef.of(Account.findById(accountId));
    }

    /**
     * Takes the account's row lock until the caller's transaction ends: what must not interleave
     * on one account (a legal hold placed while an erasure checks its holds) serialises here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String accountId) {
        if (accountId != null) {
            Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /** Every account in use (not waiting for its deletion), for a broadcast to all. */
    public List<AccountRef> active() {
        return Account.<Account>list("status", AccountStatus.ACTIVE).stream().map(AccountRef::of).toList();
    }

    /** The account using this address (compared as accounts store it, lower-cased), or null. */
    public AccountRef byEmail(String email) {
        return AccountRef.of(Account.findByEmail(email));
    }

    /** Whether an address is well formed, as accounts need it. */
    public boolean looksLikeEmail(String email) {
        return Emails.looksValid(email);
    }

    /** Whether an account already uses this address. */
    public boolean emailTaken(String email) {
        return Account.findByEmail(email) != null;
    }

    /**
     * Starts the confirmed change of the account's address (address-change.bpmn), as the holder's own
     * change does: the new address proves itself by its link, the current one is told and may stop it.
     * For a rectification of the address (Art. 16), which must not skip that proof.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askAddressChange(String accountId, String newEmail) {
        Account account = Account.findById(accountId);
        if (account == null) {
            throw ProblemException.notFound("account " + accountId);
        }
        addressChanges.ask(account, Emails.normalise(newEmail));
    }

    /** Whether the address is the one the account uses now (compared as accounts store it). */
    public boolean isCurrentEmail(String accountId, String email) {
        Account account = accountId == null ? null : Account.findById(accountId);
        return account != null && email != null && Emails.normalise(email).equals(account.email);
    }

    /** Whether the account waits for its deletion (a gone account counts as closed too). */
    public boolean isClosing(String accountId) {
        Account account = accountId == null ? null : Account.findById(accountId);
        return account == null || account.status != AccountStatus.ACTIVE;
    }

    /**
     * The account and every profile of it wait for their deletion: login is refused from now on
     * (every call logs in again), and nothing of them is processed or shared.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markPendingDeletion(String accountId) {
        Account account = Account.findById(accountId);
        account.status = AccountStatus.PENDING_DELETION;
        Profile.ofAccount(accountId).forEach(profile -> profile.status = ProfileStatus.PENDING_DELETION);
    }

    /** The account's deletion was cancelled: it and its profiles are back exactly as they were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restore(String accountId) {
        Account account = Account.findById(accountId);
        account.status = AccountStatus.ACTIVE;
        Profile.ofAccount(accountId).forEach(profile -> profile.status = ProfileStatus.ACTIVE);
    }

    /** Removes the account row itself (email, password hash), once its profiles and their data are gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String accountId) {
        if (Profile.count("accountId", accountId) > 0) {
            throw new IllegalStateException("account " + accountId + " still has profiles: purge them first");
        }
        return Account.deleteById(accountId);
    }
}
