package io.rightsflow.measurement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.account.Units;
import io.rightsflow.catalog.Category;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
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

/**
 * Manual entries: add one (the kinds the catalogue allows by hand, in the account's units), and
 * delete one after a confirmation step. Both go through {@link ProfileMeasurements}, as the API does.
 */
@Path("/dashboard/entries")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class EntryPage {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @CheckedTemplate(basePath = "measurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance newEntry(List<ProfileRef> profiles, List<Kind> kinds, Kind kind, Form form,
                Map<String, String> errors);

        static native TemplateInstance deleteEntry(ProfileRef profile, String category, String takenAt, String value,
                String source, String action, String back);
    }

    /** A kind a person may enter by hand, with the unit this account enters it in. */
    public record Kind(String id, String name, String unit, String href, boolean current) {
        public boolean isPressure() {
            return Category.BLOOD_PRESSURE.equals(id);
        }

        public String label() {
            return name + " (" + unit + ")";
        }

        public String hint() {
            return "In " + unit + ", the unit set for your account; a period for decimals.";
        }
    }

    /** What the person typed, sent back with the errors. */
    public record Form(String profile, String value, String systolic, String diastolic, String date, String time,
            String comment) {
    }

    @Inject
    Profiles profiles;

    @Inject
    ProfileMeasurements measurements;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("new")
    public Response show(@QueryParam("profile") String profileId, @QueryParam("kind") String kindId) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
        Form form = new Form(profileId, null, null, null, LocalDate.ofInstant(now, ZoneOffset.UTC).toString(),
                HOURS.format(now.atOffset(ZoneOffset.UTC)), null);
        return page(Response.Status.OK, kindId, form, Map.of());
    }

    @POST
    @Path("new")
    public Response add(@RestForm String kind, @RestForm String profile, @RestForm String value,
            @RestForm String systolic, @RestForm String diastolic, @RestForm String date, @RestForm String time,
            @RestForm String comment) {
        Form form = new Form(profile, value, systolic, diastolic, date, time, comment);
        Kind chosen = kinds(kind).stream().filter(Kind::current).findFirst().orElse(null);
        Map<String, String> errors = new HashMap<>();
        if (chosen == null || !chosen.id().equals(kind)) {
            errors.put("kind", "Choose what you measured.");
        }
        if (profile == null || profile.isBlank()) {
            errors.put("profile", "Choose the profile the data belongs to.");
        }
        Double number = null;
        Double high = null;
        Double low = null;
        if (chosen != null && chosen.isPressure()) {
            high = number(systolic, "systolic", "Enter the systolic (upper) value in mmHg, e.g. 120.", errors);
            low = number(diastolic, "diastolic", "Enter the diastolic (lower) value in mmHg, e.g. 80.", errors);
        } else if (chosen != null) {
            number = number(value, "value", "Enter the value as a number in " + chosen.unit()
                    + ", with a period for decimals, e.g. 72.5.", errors);
        }
        Instant takenAt = takenAt(date, time, errors);
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, kind, form, errors);
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        MeasurementInput input = new MeasurementInput(chosen.id(), takenAt, number,
                chosen.isPressure() ? null : chosen.unit(), high, low, note);
        try {
            measurements.addManual(profile, List.of(input));
        } catch (ProblemException refused) {
            if (refused.problem().status() == 404 || refused.problem().status() == 409) {
                // not the caller's profile, or one pending deletion: nothing in the form to fix, the refusal page
                throw refused;
            }
            String words = words(refused.getMessage());
            if (chosen.isPressure() && refused.getMessage().contains("systolic and diastolic")) {
                errors.put("diastolic", words); // the rule is about both values: said next to both
            }
            errors.put(field(refused.getMessage(), chosen), words);
            return page(Response.Status.BAD_REQUEST, kind, form, errors);
        }
        return Pages.seeOther("/dashboard/profiles/" + profile + "?category=" + chosen.id() + "&added=true");
    }

    @GET
    @Path("{profileId}/{measurementId}/delete")
    public Response confirm(@PathParam("profileId") String profileId, @PathParam("measurementId") long measurementId) {
        ProfileRef profile = profiles.visible(profileId);
        MeasurementView m = measurements.one(profileId, measurementId);
        Category category = Category.findById(m.category());
        return Pages.html(Templates.deleteEntry(profile, category == null ? m.category() : category.name,
                Figures.TIME.format(m.takenAt()), Figures.value(m), Figures.source(m.source()),
                "/dashboard/entries/" + profileId + "/" + measurementId + "/delete",
                "/dashboard/profiles/" + profileId + "?category=" + m.category()));
    }

    @POST
    @Path("{profileId}/{measurementId}/delete")
    public Response delete(@PathParam("profileId") String profileId, @PathParam("measurementId") long measurementId) {
        String category = measurements.one(profileId, measurementId).category();
        measurements.delete(profileId, measurementId);
        return Pages.seeOther("/dashboard/profiles/" + profileId + "?category=" + category + "&deleted=true");
    }

    private Response page(Response.Status status, String kindId, Form form, Map<String, String> errors) {
        List<Kind> kinds = kinds(kindId);
        Kind kind = kinds.stream().filter(Kind::current).findFirst().orElse(kinds.get(0));
        return Pages.html(status, Templates.newEntry(profiles.ofAccount(caller.accountId()).stream()
                .filter(ProfileRef::isActive).toList(), kinds, kind, form, errors));
    }

    /** The kinds a person may enter by hand, the chosen one (weight unless another) marked. */
    private List<Kind> kinds(String chosenId) {
        Units units = measurements.unitsOfAccount(caller.accountId());
        List<Category> manual = Category.<Category>list("manual = true order by name");
        String chosen = manual.stream().anyMatch(c -> c.id.equals(chosenId)) ? chosenId : "weight";
        return manual.stream().map(c -> new Kind(c.id, c.name,
                c.id.equals(Category.BLOOD_PRESSURE) ? "mmHg" : UnitConversion.displayUnit(c, units),
                "/dashboard/entries/new?kind=" + c.id, c.id.equals(chosen))).toList();
    }

    private static Double number(String text, String field, String problem, Map<String, String> errors) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.matches("-?\\d+(\\.\\d+)?")) {
            errors.put(field, problem);
            return null;
        }
        return Double.parseDouble(trimmed); // whether it is a value we keep, the service says
    }

    private static Instant takenAt(String date, String time, Map<String, String> errors) {
        LocalDate day = null;
        LocalTime hour = null;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "Enter the date as yyyy-mm-dd, e.g. 2026-01-31.");
        }
        try {
            hour = LocalTime.parse(time == null ? "" : time.strip(), HOURS);
        } catch (DateTimeParseException e) {
            errors.put("time", "Enter the time as hh:mm (24 hours, UTC), e.g. 07:30.");
        }
        return day == null || hour == null ? null : day.atTime(hour).toInstant(ZoneOffset.UTC);
    }

    /** Which field the service's refusal is about. */
    private static String field(String detail, Kind kind) {
        if (detail.contains("takenAt")) {
            return "date";
        }
        if (detail.contains("comment")) {
            return "comment";
        }
        if (kind.isPressure() && (detail.contains("systolic") || detail.contains("mmHg"))) {
            return "systolic";
        }
        return detail.contains("value") || detail.contains("unit") ? "value" : "kind";
    }

    /** The service's words for a person: no item number, no field names of the API. */
    private static String words(String detail) {
        String text = detail.replaceFirst("^item \\d+: ", "").replace("takenAt", "the date and time");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }
}
