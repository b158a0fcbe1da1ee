package io.rightsflow.export;

import java.util.List;

import io.rightsflow.account.Profile;
import io.rightsflow.account.ProfileData;
import io.rightsflow.account.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Export archives that hold an erased profile: its own, and those of its whole account. Archive and
 * record go; the process of such an export then finds nothing left to delete or announce.
 */
@ApplicationScoped
public class ExportData implements ProfileData {

    @Inject
    ArchiveStore store;

    @Inject
    Profiles profiles;

    @Override
    public String kind() {
        return "export archives";
    }

    @Override
    public int order() {
        return 5;
    }

    /** A pending export of a profile made independent is the new owner's now. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        ExportArchive.update("accountId = ?1 where profileId = ?2", toAccountId, profileId);
    }

    @Override
    public int purge(String profileId, int limit) {
        Profile profile = profiles.find(profileId);
        if (profile == null) {
            return 0;
        }
        List<ExportArchive> archives = ExportArchive.<ExportArchive>find(
                "profileId = ?1 or (profileId is null and accountId = ?2)", profileId, profile.accountId)
                .page(0, limit).list();
        for (ExportArchive archive : archives) {
            store.delete(archive.requestId);
            archive.delete();
        }
        return archives.size();
    }
}
