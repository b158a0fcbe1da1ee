package io.rightsflow.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.rightsflow.link.LinkDownload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The export-ready mail's link: GET delivers the archive, as often as needed, until the retention ends. */
@ApplicationScoped
public class ExportDownload implements LinkDownload {

    public static final String PURPOSE = "export-download";

    @Inject
    ExportSettings settings;

    @Inject
    Clock clock;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Download file(String requestId) {
        ExportArchive archive = ExportArchive.findById(requestId);
        if (archive == null || !archive.isAvailable(Instant.now(clock))) {
            return null;
        }
        Path file = archive.file(settings.directory());
        return Files.isRegularFile(file) ? new Download(file, downloadName(archive), "application/zip") : null;
    }

    static String downloadName(ExportArchive archive) {
        return "rightsflow-export-" + archive.createdAt.atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
    }
}
