package io.rightsflow.export;

import java.nio.file.Path;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The archive built for one EXPORT request; the file lives in the export directory. */
@Entity
public class ExportArchive extends PanacheEntityBase {

    @Id
    public String requestId;
    public String accountId;
    /** Null when the archive holds every profile of the account. */
    public String profileId;
    public String fileName;
    public long sizeBytes;
    public String sha256;
    public long rowsTotal;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant deletedAt;

    boolean isAvailable(Instant now) {
        return deletedAt == null && now.isBefore(expiresAt);
    }

    Path file(Path directory) {
        return directory.resolve(fileName);
    }
}
