package io.rightsflow.export;

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
    ArchiveStore store;

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
        return new Download(store.body(archive), archive.sizeBytes, downloadName(archive), "application/zip");
    }

    static String downloadName(ExportArchive archive) {
        return "rightsflow-export-" + archive.createdAt.atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
    }
}
