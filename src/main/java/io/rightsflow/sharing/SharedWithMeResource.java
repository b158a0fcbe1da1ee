package io.rightsflow.sharing;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Category;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.Readings;
import io.rightsflow.objection.ProcessingPolicy;
import io.rightsflow.objection.Purpose;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The viewer's side: the dashboards shared with the caller, each with its weight, fat mass, heart
 * rate and blood pressure only. Nothing of a profile pending deletion, or objecting to dashboard sharing.
 */
@Path("/api/shared-with-me")
@RolesAllowed(Roles.SUBJECT)
public class SharedWithMeResource {

    @Inject
    Readings readings;

    /** The only categories a shared dashboard ever shows (weight, fat mass, heart rate, blood pressure: README "Sharing, challenges, notifications, the camera"). */
    static final List<String> SHOWN = List.of("weight", "fat-mass", "heart-rate", Category.BLOOD_PRESSURE);

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Caller caller;

    public record Dashboard(String profileId, String name, List<Reading> measurements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reading(String category, Instant takenAt, Double value, String unit, Double systolic, Double diastolic) {
    }

    @GET
    @Transactional
    public List<Dashboard> dashboards() {
        return DashboardShare.<DashboardShare>list("viewerAccountId = ?1 order by createdAt", caller.accountId()).stream()
                .map(share -> profiles.find(share.profileId))
                .filter(profile -> profile != null && profile.isActive()
                        && policy.allows(profile.id(), Purpose.DASHBOARD_SHARING))
                .map(this::dashboard).toList();
    }

    private Dashboard dashboard(ProfileRef profile) {
        List<Reading> shown = readings.of(profile.id(), SHOWN).stream().map(SharedWithMeResource::reading).toList();
        return new Dashboard(profile.id(), profile.name(), shown);
    }

    private static Reading reading(MeasurementRef m) {
        if (m.value() == null) {
            return new Reading(m.categoryId(), m.takenAt(), null, "mmHg", m.systolic(), m.diastolic());
        }
        return new Reading(m.categoryId(), m.takenAt(), m.value(), Category.<Category>findById(m.categoryId()).quantity.baseUnit(),
                null, null);
    }
}
