package io.rightsflow.export;

import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** "Download my data": an EXPORT (Art. 20) of a profile or of all of them, as {@link ArchivePages} runs it. */
@Path("/settings/download")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class DownloadPage {

    @Inject
    ArchivePages pages;

    @GET
    public Response show(@QueryParam("profile") String profileId, @QueryParam("request") String requestId) {
        return pages.show(ArchiveKind.EXPORT, profileId, requestId);
    }

    @POST
    public Response request(@RestForm String profile) {
        return pages.request(ArchiveKind.EXPORT, profile);
    }

    /** The progress alone, for htmx to swap in every few seconds until the archive is ready. */
    @GET
    @Path("/requests/{id}/progress")
    public Response progressOf(@PathParam("id") String id) {
        return pages.progressOf(ArchiveKind.EXPORT, id);
    }

    /** The archive, as the API's download gives it to its owner. */
    @GET
    @Path("/requests/{id}/archive")
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    public Response archive(@PathParam("id") String id) {
        return pages.archive(id);
    }
}
