package io.rightsflow.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSV import (README "How a request runs", CSV import), for the JSON API and the import page alike:
 * the whole file is checked first, then stored in one transaction, or not at all.
 */
@ApplicationScoped
public class FileImports {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Imports imports;

    @Inject
    Clock clock;

    @ConfigProperty(name = "rightsflow.import.max-bytes", defaultValue = "1048576")
    int maxBytes;

    public record Imported(int rows, int measurements) {
    }

    /** The kinds of file a profile may import, by id: weight, blood-pressure, height. */
    public static List<String> kinds() {
        return java.util.Arrays.stream(ImportKind.values()).map(ImportKind::id).toList();
    }

    /**
     * Imports the file into the profile. A file that breaks a rule throws {@link CsvImport.Rejected},
     * naming every broken line; anything else refused throws a {@link ProblemException}.
     */
    @Transactional
    Imported importFile(String profileId, String kindId, InputStream body) throws IOException {
        ProfileRef profile = profiles.active(profileId);
        ImportKind kind = ImportKind.of(kindId);
        if (kind == null) {
            throw ProblemException.badRequest("kind must be weight, blood-pressure or height");
        }
        byte[] file = body.readNBytes(maxBytes + 1);
        if (file.length > maxBytes) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "the file is larger than "
                    + maxBytes + " bytes; split it into several files (at most " + CsvImport.MAX_ROWS + " rows each)");
        }
        List<CsvImport.Row> rows = CsvImport.read(file, kind, accounts.find(profile.accountId()).units(),
                Instant.now(clock));
        int measurements = imports.store(profile, kind, rows);
        return new Imported(rows.size(), measurements);
    }
}
