package io.rightsflow.request;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** As {@link RefusalReasons}, for the refused requests about a whole account (no profile). */
@ApplicationScoped
class AccountRefusalReasons implements AccountData {

    @Inject
    RequestRefusals refusals;

    @Override
    public String kind() {
        return "refusal reasons";
    }

    @Override
    public void exportTo(AccessWriter out, String accountId) {
        refusals.requestIdsOfAccount(accountId).stream().map(refusals::of).filter(java.util.Objects::nonNull)
                .forEach(refusal -> out.write("refusals", RefusalCopy.of(refusal)));
    }

    @Override
    public int purge(String accountId, int limit) {
        return refusals.forgetReasons(refusals.requestIdsOfAccount(accountId));
    }
}
