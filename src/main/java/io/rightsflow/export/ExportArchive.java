package io.rightsflow.export;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The archive built for one EXPORT request; its bytes are in export_archive_chunk (ArchiveStore). */
@Entity
public class ExportArchive extends PanacheEntityBase {

    @Id
    public String requestId;
    public String accountId;
    /** Null when the archive holds every profile of the account. */
    public String profileId;
    public long sizeBytes;
    /** How many rows of export_archive_chunk hold it; none for an archive built before they existed. */
    public int chunks;
    public String sha256;
    public long rowsTotal;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant deletedAt;

    boolean isAvailable(Instant now) {
        return deletedAt == null && chunks > 0 && now.isBefore(expiresAt);
    }
}
