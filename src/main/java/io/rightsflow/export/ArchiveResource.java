package io.rightsflow.export;

import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
    OwnArchives archives;

    @GET
    @Produces({ "application/zip", "application/problem+json" })
    public Response download(@PathParam("id") String id) {
        return archives.download(id);
    }
}
