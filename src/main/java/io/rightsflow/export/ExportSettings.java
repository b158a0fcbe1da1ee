package io.rightsflow.export;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import io.rightsflow.system.IsoDurations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How archives are built and how long they are kept; export.bpmn's timer reads {@code ${exportSettings.expiresAt(requestId)}}. */
@Named
@ApplicationScoped
public class ExportSettings {

    @Inject
    Clock clock;

    @ConfigProperty(name = "rightsflow.export.retention", defaultValue = "P7D")
    String retention;

    /** 1 (fastest) to 9 (smallest): archives of years of minute data are large either way, and speed wins. */
    @ConfigProperty(name = "rightsflow.export.compression-level", defaultValue = "1")
    int compressionLevel;

    int compressionLevel() {
        return compressionLevel;
    }

    Instant retentionEnds(Instant builtAt) {
        return IsoDurations.after(builtAt, retention, "rightsflow.export.retention");
    }

    /** When the request's archive is deleted: the retention after it was built (now, if an erasure took it). */
    public Date expiresAt(String requestId) {
        ExportArchive archive = ExportArchive.findById(requestId);
        return archive == null ? Date.from(Instant.now(clock)) : Date.from(archive.expiresAt);
    }
}
