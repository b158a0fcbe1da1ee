package io.rightsflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import io.agroal.api.AgroalDataSource;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_BuildArchive: writes the archive into the database in chunks, in the job's transaction, so
 * a retried or interrupted build never leaves a half archive where a download could find it, and
 * every node of a cluster serves the archive that one of them built.
 */
@Named
@ApplicationScoped
class BuildArchive implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Requests requests;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Profiles profiles;

    @Inject
    ExportSettings settings;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) throws IOException, SQLException {
        RequestRef request = requests.find((String) execution.getVariable("requestId"));
        AccountRef account = accounts.find(request.accountId());
        List<ArchiveWriter.ExportedProfile> exported = profilesOf(request).stream()
                .map(p -> new ArchiveWriter.ExportedProfile(p.id(), p.name())).toList();
        MessageDigest sha = sha256();
        Instant builtAt = Instant.now(clock);
        Manifest manifest;
        ArchiveChunks chunks;
        // inside the job's transaction, the data source hands out the connection of that transaction
        try (Connection db = dataSource.getConnection()) {
            chunks = ArchiveChunks.replacing(db, request.id());
            try (OutputStream out = new DigestOutputStream(chunks, sha)) {
                manifest = new ArchiveWriter(db, settings.compressionLevel()).write(exported, account.units(), builtAt, out);
            }
        }
        ExportArchive found = ExportArchive.findById(request.id());
        ExportArchive archive = found != null ? found : new ExportArchive();
        archive.requestId = request.id();
        archive.accountId = request.accountId();
        archive.profileId = request.profileId();
        archive.sizeBytes = chunks.size();
        archive.chunks = chunks.chunks();
        archive.sha256 = HexFormat.of().formatHex(sha.digest());
        archive.rowsTotal = manifest.rowsTotal();
        archive.createdAt = builtAt;
        archive.expiresAt = settings.retentionEnds(builtAt);
        if (found == null) {
            archive.persist();
        }
        execution.setVariable("rowsExported", manifest.rowsTotal());
    }

    private List<ProfileRef> profilesOf(RequestRef request) {
        if (request.profileId() != null) {
            ProfileRef profile = profiles.find(request.profileId());
            return profile == null ? List.of() : List.of(profile);
        }
        return profiles.ofAccount(request.accountId());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
