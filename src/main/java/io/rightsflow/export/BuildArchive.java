package io.rightsflow.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import io.rightsflow.account.Account;
import io.rightsflow.account.Profile;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.DataRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_BuildArchive: writes the archive to a part file and moves it into place, so a retried or
 * interrupted build never leaves a half archive where a download could find it.
 */
@Named
@ApplicationScoped
public class BuildArchive implements JavaDelegate {

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
        DataRequest request = DataRequest.findById((String) execution.getVariable("requestId"));
        Account account = profiles.account(request.accountId);
        List<ArchiveWriter.ExportedProfile> exported = profilesOf(request).stream()
                .map(p -> new ArchiveWriter.ExportedProfile(p.id, p.name)).toList();
        Files.createDirectories(settings.directory());
        String fileName = request.id + ".zip";
        Path part = settings.directory().resolve(fileName + ".part");
        MessageDigest sha = sha256();
        Instant builtAt = Instant.now(clock);
        Manifest manifest;
        try (Connection db = dataSource.getConnection();
                OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha)) {
            manifest = new ArchiveWriter(db, settings.compressionLevel()).write(exported, account.units, builtAt, out);
        }
        Path file = settings.directory().resolve(fileName);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ExportArchive found = ExportArchive.findById(request.id);
        ExportArchive archive = found != null ? found : new ExportArchive();
        archive.requestId = request.id;
        archive.accountId = request.accountId;
        archive.profileId = request.profileId;
        archive.fileName = fileName;
        archive.sizeBytes = Files.size(file);
        archive.sha256 = HexFormat.of().formatHex(sha.digest());
        archive.rowsTotal = manifest.rowsTotal();
        archive.createdAt = builtAt;
        archive.expiresAt = settings.retentionEnds(builtAt);
        if (found == null) {
            archive.persist();
        }
        execution.setVariable("rowsExported", manifest.rowsTotal());
    }

    private List<Profile> profilesOf(DataRequest request) {
        if (request.profileId != null) {
            Profile profile = profiles.find(request.profileId);
            return profile == null ? List.of() : List.of(profile);
        }
        return profiles.ofAccount(request.accountId);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
