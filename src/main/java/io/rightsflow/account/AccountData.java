package io.rightsflow.account;

/**
 * Data kept by account rather than by profile, in another feature's tables (the links of its
 * requests, the record of a cancelled deletion). When the account is erased, each owner erases
 * its rows after every profile's data is gone, a bounded batch at a time.
 */
public interface AccountData {

    /** What kind of data this is, as the audit trail counts it, e.g. "email links". */
    String kind();

    /** Deletes at most {@code limit} rows of this account; returns how many it deleted. */
    int purge(String accountId, int limit);

    /**
     * Writes every row of this account that a copy of its data (GDPR Art. 15) must hold, beside
     * {@link #purge}; no default, as for {@link ProfileData#exportTo}.
     */
    void exportTo(AccessWriter out, String accountId);
}
