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
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A profile's measurements as its owner reads, adds and deletes them: what the JSON API
 * ({@link MeasurementResource}) and the dashboard pages both do, with the same checks.
 */
@ApplicationScoped
public class ProfileMeasurements {

    static final int MAX_PAGE_SIZE = 500;

    @Inject
    Accounts accounts;

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

    /** Manual entries, all or none; 404 for a profile that is not the caller's. */
    @Transactional
    public List<String> addManual(String profileId, List<MeasurementInput> inputs) {
        ProfileRef profile = profiles.active(profileId);
        if (inputs.isEmpty()) {
            throw ProblemException.badRequest("send at least one measurement");
        }
        return measurements.recordManual(profile, inputs).stream().map(m -> String.valueOf(m.id)).toList();
    }

    /** The newest first, in the units of the profile's account. */
    @Transactional
    public PageView list(String profileId, String category, Instant from, Instant to, int page, int size) {
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
        return new PageView(measurements.views(query.list(), units(profile)), page, size, query.count());
    }

    /** The categories the profile has data in, by id. */
    @Transactional
    public List<String> categories(String profileId) {
        ProfileRef profile = profiles.active(profileId);
        return Measurement.getEntityManager().createQuery("select distinct m.categoryId from Measurement m "
                + "where m.profileId = ?1 order by m.categoryId", String.class)
                .setParameter(1, profile.id()).getResultList();
    }

    /** One measurement of the profile, in the account's units; 404 when it is not there. */
    @Transactional
    public MeasurementView one(String profileId, long measurementId) {
        ProfileRef profile = profiles.active(profileId);
        return measurements.views(List.of(owned(profile, measurementId)), units(profile)).get(0);
    }

    /** Deletion is irreversible; the audit trail keeps what kind and how many, never the value. */
    @Transactional
    public void delete(String profileId, long measurementId) {
        ProfileRef profile = profiles.active(profileId);
        Measurement m = owned(profile, measurementId);
        m.delete();
        audit.record("MEASUREMENT_DELETED", caller.actor(), null, profile.id(),
                "category=" + m.categoryId + " source=" + m.source + " count=1");
    }

    /** The units the profile's account sees its data in. */
    Units units(ProfileRef profile) {
        return unitsOfAccount(profile.accountId());
    }

    Units unitsOfAccount(String accountId) {
        return accounts.find(accountId).units();
    }

    private static Measurement owned(ProfileRef profile, long measurementId) {
        Measurement m = Measurement.findById(measurementId);
        if (m == null || !m.profileId.equals(profile.id())) {
            throw ProblemException.notFound("measurement " + measurementId);
        }
        return m;
    }
}
