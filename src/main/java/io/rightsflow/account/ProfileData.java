package io.rightsflow.account;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * Data that belongs to a profile and lives in another feature's tables. Each owner erases its own
 * rows when a profile is erased, a bounded batch at a time so that no purge needs one huge
 * transaction and an interrupted purge simply carries on.
 */
public interface ProfileData {

    /** What kind of data this is, as the audit trail counts it, e.g. "measurements". */
    String kind();

    /** Owners with a lower order are purged first (rows that reference others go first). */
    int order();

    /** Deletes at most {@code limit} rows of this profile; returns how many it deleted. */
    int purge(String profileId, int limit);

    /**
     * The profile now belongs to another account (it was made independent), in the transaction
     * that moves it. Every owner decides, and says why in a comment, what becomes of its rows: they
     * move with the profile (rows kept by profile move by themselves; rows also kept by account
     * follow here) or they end here, so that nothing of the profile stays within the former
     * holder's reach. No default: an owner cannot be added without its rule.
     */
    void moved(String profileId, String fromAccountId, String toAccountId);

    /**
     * Writes every row of this profile that a copy of its data (GDPR Art. 15) must hold, beside
     * {@link #purge}: the registry that makes an erasure complete makes the copy complete too. No
     * default: an owner cannot be added without saying what the person gets to see of its rows.
     */
    void exportTo(AccessWriter out, String profileId);

    /**
     * The usual purge: deletes at most {@code limit} rows of {@code table} (a constant of the
     * owner, never input) whose {@code profile_id} is this profile, oldest ids first. The ids are
     * read first: a delete with an IN-subquery over the same table is slow on H2.
     */
    @SuppressWarnings("unchecked")
    static int deleteBatch(EntityManager em, String table, String profileId, int limit) {
        List<Object> ids = em.createNativeQuery("select id from " + table + " where profile_id = ?1 order by id")
                .setParameter(1, profileId)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("delete from " + table + " where id in (?1)")
                .setParameter(1, ids)
                .executeUpdate();
    }
}
