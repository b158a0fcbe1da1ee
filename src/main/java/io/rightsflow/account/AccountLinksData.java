package io.rightsflow.account;

import java.util.List;

import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What an account keeps beside its row: a change of address waiting (both addresses) and the links
 * mailed for the account itself (address confirmation, password reset, change of address, the
 * unsubscribe links of marketing mails), whose request id is the account's id. Erased with the account.
 */
@ApplicationScoped
class AccountLinksData implements AccountData {

    @Inject
    Links links;

    @Override
    public String kind() {
        return "address changes and account links";
    }

    @Override
    public int purge(String accountId, int limit) {
        int changes = (int) AddressChange.delete("accountId", accountId);
        return changes >= limit ? changes : changes + links.deleteOf(List.of(accountId), limit - changes);
    }

    /** Address changes (both addresses are the person's own) and the links mailed about the account. */
    @Override
    public void exportTo(AccessWriter out, String accountId) {
        AddressChange.<AddressChange>list("accountId = ?1 order by requestedAt", accountId).forEach(c -> out.write(
                "address-changes", new Change(c.oldEmail, c.newEmail, c.requestedAt, c.confirmedAt, c.cancelledAt)));
        links.of(List.of(accountId)).forEach(l -> out.write("account-links", l));
    }

    record Change(String from, String to, java.time.Instant requestedAt, java.time.Instant confirmedAt,
            java.time.Instant cancelledAt) {
    }
}
