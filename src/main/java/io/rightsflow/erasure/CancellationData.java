package io.rightsflow.erasure;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import jakarta.enterprise.context.ApplicationScoped;

/** Earlier cancelled deletions of an account: their reasons are free text, so they go with it. */
@ApplicationScoped
class CancellationData implements AccountData {

    @Override
    public String kind() {
        return "cancelled deletions";
    }

    @Override
    public int purge(String accountId, int limit) {
        return (int) DeletionCancellation.delete("accountId", accountId);
    }

    @Override
    public void exportTo(AccessWriter out, String accountId) {
        DeletionCancellation.<DeletionCancellation>list("accountId = ?1 order by cancelledAt", accountId).forEach(c ->
                out.write("cancelled-deletions", new Row(c.requestId, c.reason, c.cancelledAt)));
    }

    record Row(String requestId, String reason, java.time.Instant cancelledAt) {
    }
}
