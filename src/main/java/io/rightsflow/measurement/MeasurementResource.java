package io.rightsflow.measurement;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.account.Units;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.measurement.DeviceResource.Recorded;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    Accounts accounts;

    static final int MAX_PAGE_SIZE = 500;

    @Inject
    Profiles profiles;

    @Inject
    Measurements measurements;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    public record PageView(List<MeasurementView> items, int page, int size, long total) {
    }

    @POST
    @Transactional
    public Response addManual(@PathParam("profileId") String profileId, @NotNull List<MeasurementInput> body) {
        ProfileRef profile = profiles.active(profileId);
        if (body.isEmpty()) {
            throw ProblemException.badRequest("send at least one measurement");
        }
        return Response.status(Response.Status.CREATED)
                .entity(Recorded.of(measurements.recordManual(profile, body))).build();
    }

    @GET
    public PageView list(@PathParam("profileId") String profileId, @QueryParam("category") String category,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("100") int size) {
        ProfileRef profile = profiles.active(profileId);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        StringBuilder where = new StringBuilder("profileId = :profile");
        Parameters params = Parameters.with("profile", profile.id());
        if (category != null) {
            where.append(" and categoryId = :category");
            params.and("category", category);
        }
        if (from != null) {
            where.append(" and takenAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and takenAt < :to");
            params.and("to", to);
        }
        PanacheQuery<Measurement> query = Measurement.find(where + " order by takenAt desc, id desc", params)
                .page(Page.of(page, size));
        Units units = accounts.find(profile.accountId()).units();
        return new PageView(measurements.views(query.list(), units), page, size, query.count());
    }

    /** Deletion is irreversible; the audit trail keeps what kind and how many, never the value. */
    @DELETE
    @Path("/{measurementId}")
    @Transactional
    public Response delete(@PathParam("profileId") String profileId, @PathParam("measurementId") long measurementId) {
        ProfileRef profile = profiles.active(profileId);
        Measurement m = Measurement.findById(measurementId);
        if (m == null || !m.profileId.equals(profile.id())) {
            throw ProblemException.notFound("measurement " + measurementId);
        }
        m.delete();
        audit.record("MEASUREMENT_DELETED", caller.actor(), null, profile.id(),
                "category=" + m.categoryId + " source=" + m.source + " count=1");
        return Response.noContent().build();
    }
}
