package io.rightsflow.export;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

/**
 * The archive of one's own EXPORT request, for a signed-in subject: the API's download
 * (GET /api/requests/{id}/archive) and the download page's link answer with this.
 */
@ApplicationScoped
class OwnArchives {

    @Inject
    Requests requests;

    @Inject
    ArchiveStore store;

    @Inject
    Clock clock;

    /** The archive when it is ready; 404 for another's request, 409 while building, 410 once deleted. */
    @Transactional
    Response download(String id) {
        RequestRef request = requests.visible(id);
        if (request.type() != RequestType.EXPORT && request.type() != RequestType.ACCESS) {
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

    /** Whether the archive of this (visible) request can be downloaded now. */
    @Transactional
    boolean ready(String id) {
        ExportArchive archive = ExportArchive.findById(id);
        return archive != null && archive.isAvailable(Instant.now(clock));
    }

    private static ProblemException gone(String id) {
        return new ProblemException(Response.Status.GONE, "the archive of request " + id
                + " has been deleted (its retention ended, or its profile was erased); file a new request of its type"
                + " for a fresh copy");
    }
}
