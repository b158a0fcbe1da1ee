package io.rightsflow.sharing;

import io.rightsflow.account.AccountData;
import jakarta.enterprise.context.ApplicationScoped;

/** The dashboards shared with an erased account stop being shared with it. */
@ApplicationScoped
class ViewerData implements AccountData {

    @Override
    public String kind() {
        return "dashboards shared with it";
    }

    @Override
    public int purge(String accountId, int limit) {
        return (int) DashboardShare.delete("viewerAccountId", accountId);
    }
}
