package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.link.Links;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/** Changes of address: asked with the password, proven at the new address (address-change.bpmn). */
@ApplicationScoped
class AddressChanges {

    static final String PROCESS = "address-change";

    @Inject
    RuntimeService runtime;

    @Inject
    Links links;

    @Inject
    Clock clock;

    /**
     * A new change replaces the one waiting: the links mailed for it stop working, so that a link
     * mailed to one address can never confirm another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void ask(Account account, String newEmail) {
        forget(account.id);
        AddressChange change = new AddressChange();
        change.id = UUID.randomUUID().toString();
        change.accountId = account.id;
        change.newEmail = newEmail;
        change.oldEmail = account.email;
        change.requestedAt = Instant.now(clock);
        // Flushed before the process starts: two changes at once meet at the unique account_id,
        // and one of them answers 409 instead of leaving two processes behind.
        try {
            change.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, "address_change_account_unique")) {
                throw ProblemException.conflict("another change of this account's address was asked for at the same "
                        + "moment: nothing was changed by this one; ask again if it is still needed");
            }
            throw e;
        }
        runtime.startProcessInstanceByKey(PROCESS, account.id, Map.of("accountId", account.id, "changeId", change.id));
    }

    /** The account's change, whatever its state, and its links are gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forget(String accountId) {
        links.revoke(accountId, AddressChangeLink.PURPOSE);
        links.revoke(accountId, AddressChangeCancellationLink.PURPOSE);
        AddressChange.delete("accountId", accountId);
        AddressChange.flush();
    }
}
