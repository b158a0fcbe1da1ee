package io.rightsflow.measurement;

import java.time.Instant;
import java.util.List;

import io.rightsflow.measurement.DeviceResource.Recorded;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

@Path("/api/profiles/{profileId}/measurements")
@RolesAllowed(Roles.SUBJECT)
public class MeasurementResource {

    @Inject
    ProfileMeasurements measurements;

    @POST
    public Response addManual(@PathParam("profileId") String profileId, @NotNull List<MeasurementInput> body) {
        return Response.status(Response.Status.CREATED)
                .entity(new Recorded(measurements.addManual(profileId, body))).build();
    }

    @GET
    public ProfileMeasurements.PageView list(@PathParam("profileId") String profileId,
            @QueryParam("category") String category, @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        return measurements.list(profileId, category, from, to, page, size);
    }

    /** Deletion is irreversible; the audit trail keeps what kind and how many, never the value. */
    @DELETE
    @Path("/{measurementId}")
    public Response delete(@PathParam("profileId") String profileId, @PathParam("measurementId") long measurementId) {
        measurements.delete(profileId, measurementId);
        return Response.noContent().build();
    }
}
