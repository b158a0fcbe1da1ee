package io.rightsflow.account;

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
}
