package io.rightsflow.sharing;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.Readings;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Timeline items shared one by one, and the record of each: what was shared, with whom, when. */
@Path("/api/profiles/{profileId}/item-shares")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
public class ItemShareResource {

    @Inject
    Readings readings;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Clock clock;

    public record NewItemShare(Long measurementId, String sharedWith) {
    }

    public record Record(String id, long measurementId, String category, Instant takenAt, String sharedWith,
            Instant sharedAt) {
    }

    @POST
    @Transactional
    public Response share(@PathParam("profileId") String profileId, NewItemShare body) {
        if (body == null || body.measurementId() == null || body.sharedWith() == null || body.sharedWith().isBlank()
                || body.sharedWith().length() > 320) {
            throw ProblemException.badRequest("give measurementId and sharedWith (who or where it goes, at most 320 "
                    + "characters)");
        }
        ProfileRef profile = profiles.active(profileId);
        policy.requireUnrestricted(profile.id(), Purpose.DASHBOARD_SHARING);
        MeasurementRef measurement = readings.find(body.measurementId());
        if (measurement == null || !measurement.profileId().equals(profile.id())) {
            throw ProblemException.notFound("measurement " + body.measurementId() + " of profile " + profile.id());
        }
        ItemShare share = new ItemShare();
        share.id = UUID.randomUUID().toString();
        share.profileId = profile.id();
        share.measurementId = measurement.id();
        share.categoryId = measurement.categoryId();
        share.takenAt = measurement.takenAt();
        share.sharedWith = body.sharedWith().strip();
        share.sharedAt = Instant.now(clock);
        share.persist();
        return Response.created(URI.create("/api/profiles/" + profile.id() + "/item-shares/" + share.id))
                .entity(view(share)).build();
    }

    @GET
    @Transactional
    public List<Record> records(@PathParam("profileId") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        return ItemShare.<ItemShare>list("profileId = ?1 order by sharedAt", profile.id()).stream()
                .map(ItemShareResource::view).toList();
    }

    private static Record view(ItemShare share) {
        return new Record(share.id, share.measurementId, share.categoryId, share.takenAt, share.sharedWith, share.sharedAt);
    }
}
