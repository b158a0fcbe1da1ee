package io.rightsflow.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Category;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.Readings;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The viewer's side: the dashboards shared with the caller, each with its weight, fat mass, heart
 * rate and blood pressure only, of a bounded period. Nothing of a profile pending deletion, or objecting to
 * dashboard sharing.
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

    @Inject
    Clock clock;

    @ConfigProperty(name = "rightsflow.sharing.window", defaultValue = "P30D")
    Duration window;

    @ConfigProperty(name = "rightsflow.sharing.max-window", defaultValue = "P92D")
    Duration maxWindow;

    @ConfigProperty(name = "rightsflow.sharing.max-readings", defaultValue = "2000")
    int maxReadings;

    /** {@code truncated}: the period held more readings than shown; the latest are shown, ask an earlier {@code to} for the rest. */
    public record Dashboard(String profileId, String name, List<Reading> measurements, boolean truncated) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reading(String category, Instant takenAt, Double value, String unit, Double systolic, Double diastolic) {
    }

    /**
     * Each dashboard shows a period, the last {@code rightsflow.sharing.window} by default or
     * [{@code from}, {@code to}) of at most {@code rightsflow.sharing.max-window}, and at most
     * {@code rightsflow.sharing.max-readings} readings of it: a call reads a bounded number of rows
     * however long the shared history is.
     */
    @GET
    @Transactional
    public List<Dashboard> dashboards(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = to == null ? Instant.now(clock) : instant("to", to);
        Instant start = from == null ? end.minus(window) : instant("from", from);
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(maxWindow) > 0) {
            throw ProblemException.badRequest("from must lie before to, and the period span at most " + maxWindow.toDays()
                    + " days (without them: the last " + window.toDays() + " days)");
        }
        return DashboardShare.<DashboardShare>list("viewerAccountId = ?1 order by createdAt", caller.accountId()).stream()
                .map(share -> profiles.find(share.profileId))
                .filter(profile -> profile != null && profile.isActive()
                        && policy.allows(profile.id(), Purpose.DASHBOARD_SHARING))
                .map(profile -> dashboard(profile, start, end)).toList();
    }

    private Dashboard dashboard(ProfileRef profile, Instant from, Instant to) {
        // One more than shown tells whether the period holds more.
        List<MeasurementRef> latest = readings.latest(profile.id(), SHOWN, from, to, maxReadings + 1);
        boolean truncated = latest.size() > maxReadings;
        List<Reading> shown = latest.subList(truncated ? 1 : 0, latest.size()).stream()
                .map(SharedWithMeResource::reading).toList();
        return new Dashboard(profile.id(), profile.name(), shown, truncated);
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an instant such as 2026-02-01T00:00:00Z");
        }
    }

    private static Reading reading(MeasurementRef m) {
        if (m.value() == null) {
            return new Reading(m.categoryId(), m.takenAt(), null, "mmHg", m.systolic(), m.diastolic());
        }
        return new Reading(m.categoryId(), m.takenAt(), m.value(), Category.<Category>findById(m.categoryId()).quantity.baseUnit(),
                null, null);
    }
}
