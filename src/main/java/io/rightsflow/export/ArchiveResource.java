package io.rightsflow.export;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The archive of one's own EXPORT request, for a logged-in subject (the mailed link needs no
 * login). Staff never download a person's data; another account's request answers 404.
 */
@Path("/api/requests/{id}/archive")
@RolesAllowed(Roles.SUBJECT)
public class ArchiveResource {

    @Inject
    Requests requests;

    @Inject
    ArchiveStore store;

    @Inject
    Clock clock;

    @GET
    @Produces({ "application/zip", "application/problem+json" })
    @Transactional
    public Response download(@PathParam("id") String id) {
        RequestRef request = requests.visible(id);
        if (request.type() != RequestType.EXPORT) {
            throw ProblemException.notFound("export archive of request " + id);
        }
        ExportArchive archive = ExportArchive.findById(id);
        if (archive == null && !request.isOpen()) {
            throw gone(id); // an erasure took it with the profile
        }
        if (archive == null) {
            throw ProblemException.conflict("the archive of request " + id + " is not built yet; "
                    + "an email will say when it is ready");
        }
        if (!archive.isAvailable(Instant.now(clock))) {
            throw gone(id);
        }
        return Response.ok(store.body(archive), "application/zip")
                .header("Content-Length", archive.sizeBytes)
                .header("Content-Disposition", "attachment; filename=\"" + ExportDownload.downloadName(archive) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static ProblemException gone(String id) {
        return new ProblemException(Response.Status.GONE, "the archive of request " + id
                + " has been deleted (its retention ended, or its profile was erased); file a new EXPORT request"
                + " for a fresh copy");
    }
}
