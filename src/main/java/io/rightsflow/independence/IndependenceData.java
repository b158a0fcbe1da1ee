package io.rightsflow.independence;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's independence records (a pending one holds an address): erased with it. */
@ApplicationScoped
class IndependenceData implements ProfileData {

    @Override
    public String kind() {
        return "independence requests";
    }

    @Override
    public int order() {
        return 7;
    }

    /**
     * The record of how the profile got its own account moves with it; it holds no address any
     * more once confirmed, and nobody reads it through the API. The INDEPENDENCE request itself
     * stays with the holder who filed it (RequestRecords).
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) Independence.delete("profileId", profileId);
    }

    /** Whether and when the profile got its own account; the address it moved to is the account's own. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        Independence.<Independence>list("profileId = ?1 order by requestId", profileId).forEach(i -> out.write(
                "independence", new Row(i.requestId, i.confirmedAt)));
    }

    record Row(String requestId, java.time.Instant confirmedAt) {
    }
}
