package io.rightsflow.sharing;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.system.AddressHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The dashboards shared with an erased account stop being shared with it, and shares still waiting
 * for its address (made while it was not confirmed) end: not even the hash of its address stays.
 */
@ApplicationScoped
class ViewerData implements AccountData {

    @Inject
    Accounts accounts;

    @Inject
    AddressHashes hashes;

    @Override
    public String kind() {
        return "dashboards shared with it";
    }

    @Override
    public int purge(String accountId, int limit) {
        long deleted = DashboardShare.delete("viewerAccountId", accountId);
        AccountRef account = accounts.find(accountId);
        if (account != null) {
            deleted += WaitingShare.delete("addressHash", hashes.of(account.email()));
        }
        return (int) deleted;
    }

    /** The dashboards this account may see: whose profile (by name) and since when. */
    @Override
    public void exportTo(AccessWriter out, String accountId) {
        for (DashboardShare share : DashboardShare.<DashboardShare>list("viewerAccountId = ?1 order by createdAt", accountId)) {
            io.rightsflow.account.ProfileRef profile = profiles.find(share.profileId);
            out.write("dashboards-shared-with-me", new Shared(profile == null ? null : profile.name(), share.createdAt));
        }
    }

    @Inject
    io.rightsflow.account.Profiles profiles;

    record Shared(String profileName, java.time.Instant since) {
    }
}
