package io.rightsflow.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads stored measurements for the other features (dashboards, challenges, partner deliveries). */
@ApplicationScoped
public class Readings {

    /** The measurement, or null when there is none (any more). */
    public MeasurementRef find(long id) {
        return MeasurementRef.of(Measurement.findById(id));
    }

    /** Those of these ids that still exist, in time order. */
    public List<MeasurementRef> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : Measurement.<Measurement>list("id in ?1 order by takenAt, id", List.copyOf(ids))
                .stream().map(MeasurementRef::of).toList();
    }

    /** A profile's measurements of these categories, in time order. */
    public List<MeasurementRef> of(String profileId, Collection<String> categories) {
        return Measurement.<Measurement>list("profileId = ?1 and categoryId in ?2 order by takenAt", profileId,
                categories).stream().map(MeasurementRef::of).toList();
    }

    /** A profile's measurements of these categories taken since then. */
    public List<MeasurementRef> of(String profileId, Collection<String> categories, Instant since) {
        return Measurement.<Measurement>list("profileId = ?1 and categoryId in ?2 and takenAt >= ?3", profileId,
                categories, since).stream().map(MeasurementRef::of).toList();
    }

    /**
     * At most {@code limit} of a profile's measurements of these categories taken in [from, to): the
     * latest ones, in time order. The database applies the limit, so a long history costs no heap.
     */
    public List<MeasurementRef> latest(String profileId, Collection<String> categories, Instant from, Instant to,
            int limit) {
        List<MeasurementRef> inTimeOrder = new ArrayList<>(Measurement.<Measurement>find("profileId = ?1 and categoryId in ?2 "
                + "and takenAt >= ?3 and takenAt < ?4 order by takenAt desc, id desc", profileId, categories, from, to)
                .page(0, limit).list().stream().map(MeasurementRef::of).toList());
        Collections.reverse(inTimeOrder);
        return inTimeOrder;
    }

    /** The sum of a profile's values per category taken since then, added up by the database. */
    public Map<String, Double> sums(String profileId, Collection<String> categories, Instant since) {
        Map<String, Double> sums = new HashMap<>();
        Measurement.getEntityManager().createQuery("select m.categoryId, sum(m.value) from Measurement m "
                + "where m.profileId = ?1 and m.categoryId in ?2 and m.takenAt >= ?3 group by m.categoryId", Object[].class)
                .setParameter(1, profileId).setParameter(2, categories).setParameter(3, since).getResultList()
                .forEach(row -> sums.put((String) row[0], row[1] == null ? 0 : ((Number) row[1]).doubleValue()));
        return sums;
    }

    /**
     * The sum of a profile's values of one category per week (Monday to Sunday, UTC) taken since
     * then, by the week's Monday: one row per week from the database, however many readings.
     */
    public Map<LocalDate, Double> weeklySums(String profileId, String category, Instant since) {
        Map<LocalDate, Double> weeks = new TreeMap<>();
        // Weeks are counted from Monday 1970-01-05 (epoch second 345600), seven days each.
        Measurement.getEntityManager().createQuery("select floor((extract(epoch from m.takenAt) - 345600) / 604800), "
                + "sum(m.value) from Measurement m where m.profileId = ?1 and m.categoryId = ?2 and m.takenAt >= ?3 "
                + "group by floor((extract(epoch from m.takenAt) - 345600) / 604800)", Object[].class)
                .setParameter(1, profileId).setParameter(2, category).setParameter(3, since).getResultList()
                .forEach(row -> weeks.put(LocalDate.ofEpochDay(4 + 7 * ((Number) row[0]).longValue()),
                        row[1] == null ? 0 : ((Number) row[1]).doubleValue()));
        return weeks;
    }
}
