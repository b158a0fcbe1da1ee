package io.rightsflow.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** CSV import (README "How a request runs", CSV import): the whole file is checked first, then stored in one transaction, or not at all. */
@Path("/api/profiles/{profileId}/imports")
@RolesAllowed(Roles.SUBJECT)
public class ImportResource {

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

    @POST
    @Consumes({ "text/csv", "text/plain" })
    @Transactional
    public Response importFile(@PathParam("profileId") String profileId, @QueryParam("kind") String kindId,
            InputStream body) throws IOException {
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
        List<CsvImport.Row> rows;
        try {
            rows = CsvImport.read(file, kind, accounts.find(profile.accountId()).units(), Instant.now(clock));
        } catch (CsvImport.Rejected rejected) {
            throw ProblemException.badRequest(rejected.getMessage());
        }
        int measurements = imports.store(profile, kind, rows);
        return Response.status(Response.Status.CREATED).entity(new Imported(rows.size(), measurements)).build();
    }
}
