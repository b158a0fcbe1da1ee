package io.rightsflow.measurement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Units;
import io.rightsflow.catalog.Category;
import io.rightsflow.catalog.Product;
import io.rightsflow.catalog.Quantity;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Checks measurements against the catalogue and stores them in base units. */
@ApplicationScoped
public class Measurements {

    /** Device clocks drift; a reading a little ahead of ours is still believed. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Inject
    Event<MeasurementsStored> stored;

    @Inject
    EntityManager em;

    /** Stores device readings, all or none: one bad item rejects the whole batch. */
    List<Measurement> recordFromDevice(Device device, List<MeasurementInput> inputs) {
        Product product = Product.findById(device.productId);
        List<Measurement> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MeasurementInput input = inputs.get(i);
            Category category = category(input, i);
            if (!product.canCollect(category.id)) {
                throw ProblemException.unprocessable(at(i) + "a " + product.name + " (" + product.id
                        + ") cannot collect " + category.id + "; see GET /api/catalog/products");
            }
            checked.add(toEntity(input, category, i, MeasurementSource.DEVICE, device.profileId, device.id));
        }
        checked.forEach(m -> m.persist());
        stored.fire(MeasurementsStored.of(device.profileId, checked));
        return checked;
    }

    /** Stores manual entries: only the categories a person may enter by hand. */
    List<Measurement> recordManual(ProfileRef profile, List<MeasurementInput> inputs) {
        List<Measurement> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            MeasurementInput input = inputs.get(i);
            Category category = category(input, i);
            if (!category.manual) {
                throw ProblemException.unprocessable(at(i) + category.id + " cannot be entered by hand; "
                        + "manual entries are weight, height, heart-rate, blood-pressure, spo2 and body-temperature");
            }
            Measurement entry = toEntity(input, category, i, MeasurementSource.MANUAL, profile.id(), null);
            // after toEntity, which has said what a missing or non-numeric value or a blood pressure lacks
            if (entry.value != null && !(input.value() > 0)) {
                throw ProblemException.badRequest(at(i) + "value must be above 0");
            }
            checked.add(entry);
        }
        checked.forEach(m -> m.persist());
        stored.fire(MeasurementsStored.of(profile.id(), checked));
        return checked;
    }

    /**
     * Each profile's steps taken from {@code from} (inclusive) to {@code to} (exclusive), for the
     * profiles that took any, whatever their status: the caller picks the profiles it tells.
     */
    public List<StepTotal> stepTotals(Instant from, Instant to) {
        return em.createQuery("select m.profileId, sum(m.value) from Measurement m where m.categoryId = 'steps' "
                + "and m.takenAt >= ?1 and m.takenAt < ?2 group by m.profileId", Object[].class)
                .setParameter(1, from).setParameter(2, to).getResultList().stream()
                .map(row -> new StepTotal((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** Shows measurements in the account's units; the catalogue's categories are read once per call. */
    List<MeasurementView> views(List<Measurement> measurements, Units units) {
        Map<String, Category> categories = Category.<Category>listAll().stream()
                .collect(Collectors.toMap(c -> c.id, c -> c));
        return measurements.stream().map(m -> view(m, categories.get(m.categoryId), units)).toList();
    }

    private static MeasurementView view(Measurement m, Category category, Units units) {
        if (m.value == null) {
            return new MeasurementView(String.valueOf(m.id), m.categoryId, m.takenAt, null, "mmHg",
                    m.systolic, m.diastolic, m.comment, m.source, m.deviceId,
                    m.contestedBy == null ? null : true, m.contestedBy);
        }
        String unit = UnitConversion.displayUnit(category, units);
        return new MeasurementView(String.valueOf(m.id), m.categoryId, m.takenAt,
                UnitConversion.fromBase(m.value, unit), unit, null, null, m.comment, m.source, m.deviceId,
                m.contestedBy == null ? null : true, m.contestedBy);
    }

    private Category category(MeasurementInput input, int index) {
        if (input == null || input.category() == null) {
            throw ProblemException.badRequest(at(index) + "category is required");
        }
        Category category = Category.findById(input.category());
        if (category == null) {
            throw ProblemException.badRequest(at(index) + "category '" + input.category()
                    + "' is unknown; see GET /api/catalog/categories");
        }
        if (category.quantity == Quantity.SETTING) {
            throw ProblemException.unprocessable(at(index) + category.id
                    + " is kept as the account's units, not as a measurement");
        }
        return category;
    }

    private Measurement toEntity(MeasurementInput input, Category category, int index, MeasurementSource source,
            String profileId, String deviceId) {
        Measurement m = new Measurement();
        m.profileId = profileId;
        m.deviceId = deviceId;
        m.categoryId = category.id;
        m.source = source;
        m.takenAt = takenAt(input, index);
        m.comment = comment(input, index);
        m.createdAt = Instant.now(clock);
        if (Category.BLOOD_PRESSURE.equals(category.id)) {
            requireBloodPressure(input, index);
            m.systolic = input.systolic();
            m.diastolic = input.diastolic();
        } else {
            m.value = UnitConversion.toBase(value(input, index), unit(input, category, index));
        }
        return m;
    }

    private Instant takenAt(MeasurementInput input, int index) {
        if (input.takenAt() == null) {
            throw ProblemException.badRequest(at(index) + "takenAt is required, e.g. 2026-01-31T07:30:00Z");
        }
        if (input.takenAt().isAfter(Instant.now(clock).plus(FUTURE_TOLERANCE))) {
            throw ProblemException.badRequest(at(index) + "takenAt lies in the future");
        }
        return input.takenAt();
    }

    private static String comment(MeasurementInput input, int index) {
        if (input.comment() != null && input.comment().length() > 500) {
            throw ProblemException.badRequest(at(index) + "comment must have at most 500 characters");
        }
        return input.comment();
    }

    private static void requireBloodPressure(MeasurementInput input, int index) {
        if (input.value() != null) {
            throw ProblemException.badRequest(at(index) + "blood-pressure takes systolic and diastolic, not value");
        }
        if (!positive(input.systolic()) || !positive(input.diastolic())) {
            throw ProblemException.badRequest(at(index) + "blood-pressure needs systolic and diastolic in mmHg, above 0");
        }
        if (input.unit() != null && !"mmHg".equals(input.unit())) {
            throw ProblemException.badRequest(at(index) + "blood-pressure is given in mmHg");
        }
    }

    private static double value(MeasurementInput input, int index) {
        if (input.value() == null || !Double.isFinite(input.value())) {
            throw ProblemException.badRequest(at(index) + "value is required and must be a number");
        }
        return input.value();
    }

    private static String unit(MeasurementInput input, Category category, int index) {
        List<String> accepted = category.quantity.units();
        if (input.unit() == null || !accepted.contains(input.unit())) {
            throw ProblemException.badRequest(at(index) + "unit for " + category.id + " must be one of "
                    + String.join(", ", accepted));
        }
        return input.unit();
    }

    private static boolean positive(Double v) {
        return v != null && Double.isFinite(v) && v > 0;
    }

    private static String at(int index) {
        return "item " + index + ": ";
    }
}
