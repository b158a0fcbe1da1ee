package io.rightsflow.system;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Whether a failure is a transaction that lost a race with another at the same moment and rolled
 * back whole: the engine's optimistic lock, or the database breaking a deadlock or a serialisation
 * conflict. Trying the same thing again is safe; nothing of it was kept.
 */
public final class TransactionRaces {

    /** PostgreSQL's (and the SQL standard's) codes for a serialisation failure and a deadlock. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private TransactionRaces() {
    }

    public static boolean lost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException) {
                return true;
            }
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || DEADLOCK.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
