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
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.downstream.SystemData;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_BuildAccessArchive: the copy of an ACCESS request, written in chunks into the archive
 * store in the job's transaction, as an export's archive is (BuildArchive): a retried build
 * replaces its chunks, and the download link and retention of exports serve it.
 */
@Named
@ApplicationScoped
class BuildAccessArchive implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Requests requests;

    @Inject
    AccessArchives archives;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ExportSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    SystemData systemData;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) throws IOException, SQLException {
        RequestRef request = requests.find((String) execution.getVariable("requestId"));
        AccountRef account = accounts.find(request.accountId());
        // An account-wide copy holds every profile the holder holds; a profile's copy only that profile.
        List<ProfileRef> held = request.profileId() == null ? profiles.ofAccount(request.accountId())
                : List.of(profiles.find(request.profileId()));
        MessageDigest sha = sha256();
        Instant builtAt = Instant.now(clock);
        AccessArchives.Contents contents;
        ArchiveChunks chunks;
        try (Connection db = dataSource.getConnection()) {
            chunks = ArchiveChunks.replacing(db, request.id());
            try (OutputStream out = new DigestOutputStream(chunks, sha)) {
                contents = archives.write(request.id(), account, request.profileId() == null, held, builtAt,
                        settings.compressionLevel(), out);
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
        archive.rowsTotal = contents.rowsTotal();
        archive.createdAt = builtAt;
        archive.expiresAt = settings.retentionEnds(builtAt);
        if (found == null) {
            archive.persist();
        }
        // the copy is now the one place the systems' parts live (a retried build finds them again until this commits)
        systemData.drop(request.id());
        audit.record("ACCESS_COPY_BUILT", AuditTrail.SYSTEM, request.id(), request.profileId(),
                "rows=" + contents.rowsTotal() + " profiles=" + held.size());
        execution.setVariable("rowsExported", contents.rowsTotal());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
