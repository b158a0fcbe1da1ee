package io.rightsflow.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.ProfileData;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Export archives that hold an erased profile: its own, and those of its whole account. Archive and
 * record go; the process of such an export then finds nothing left to delete or announce.
 */
@ApplicationScoped
class ExportData implements ProfileData {

    @Inject
    ArchiveStore store;

    @Inject
    Profiles profiles;

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "export archives";
    }

    @Override
    public int order() {
        return 5;
    }

    /**
     * The profile's own archives move with it, as its export requests do (RequestRecords, which
     * also revokes the download links mailed to the former holder). An archive of the former
     * holder's whole account that holds the profile cannot move: it ends, as an erasure ends it.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        ExportArchive.update("accountId = ?1 where profileId = ?2", toAccountId, profileId);
        ProfileRef profile = profiles.find(profileId);
        for (ExportArchive archive : ExportArchive.<ExportArchive>list("profileId is null and accountId = ?1 "
                + "and deletedAt is null and createdAt >= ?2", fromAccountId, profile.createdAt())) {
            store.delete(archive.requestId);
            archive.deletedAt = Instant.now(clock);
            links.revokeAll(archive.requestId);
            audit.record("EXPORT_ARCHIVE_DELETED", AuditTrail.SYSTEM, archive.requestId, profileId,
                    "rows=" + archive.rowsTotal + " reason=profile-made-independent");
        }
    }

    @Override
    public int purge(String profileId, int limit) {
        ProfileRef profile = profiles.find(profileId);
        if (profile == null) {
            return 0;
        }
        List<ExportArchive> archives = ExportArchive.<ExportArchive>find(
                "profileId = ?1 or (profileId is null and accountId = ?2)", profileId, profile.accountId())
                .page(0, limit).list();
        for (ExportArchive archive : archives) {
            store.delete(archive.requestId);
            archive.delete();
        }
        return archives.size();
    }

    /** The archives built of the profile: that they exist and until when; their content is the profile's data. */
    @Override
    public void exportTo(io.rightsflow.account.AccessWriter out, String profileId) {
        ExportArchive.<ExportArchive>list("profileId = ?1 order by createdAt", profileId).forEach(a -> out.write(
                "archives", new Archive(a.requestId, a.sizeBytes, a.rowsTotal, a.createdAt, a.expiresAt, a.deletedAt)));
    }

    record Archive(String requestId, long sizeBytes, long rows, Instant builtAt, Instant expiresAt, Instant deletedAt) {
    }
}
