package io.rightsflow.measurement;

import java.io.IOException;
import java.io.InputStream;

import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** CSV import (README "How a request runs", CSV import): the whole file is checked first, then stored in one transaction, or not at all. */
@Path("/api/profiles/{profileId}/imports")
@RolesAllowed(Roles.SUBJECT)
public class ImportResource {

    @Inject
    FileImports imports;

    @POST
    @Consumes({ "text/csv", "text/plain" })
    public Response importFile(@PathParam("profileId") String profileId, @QueryParam("kind") String kindId,
            InputStream body) throws IOException {
        try {
            return Response.status(Response.Status.CREATED).entity(imports.importFile(profileId, kindId, body)).build();
        } catch (CsvImport.Rejected rejected) {
            throw ProblemException.badRequest(rejected.getMessage());
        }
    }
}
