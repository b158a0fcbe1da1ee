package io.rightsflow.workflow;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.system.TransactionRaces;

/**
 * A person's action on a running process (a refusal, a cancellation) may meet a background job
 * of the same process that started its step at that very moment: the engine's optimistic lock,
 * or on PostgreSQL the database's deadlock detection, then fails one of the two. Such an action
 * runs here in a transaction of its own and, having rolled back whole, is tried again, so that
 * the person is not shown an error for the engine's race.
 */
public final class EngineRaces {

    /** Enough for a job's step to commit in between; a process that changes under every try is a fault. */
    static final int ATTEMPTS = 4;

    private EngineRaces() {
    }

    /** Runs {@code action} in a new transaction, again when it lost a race. */
    public static <T> T retried(Supplier<T> action) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(action::get);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether an exception, or one of its causes, says the transaction lost a race (see {@link TransactionRaces}). */
    public static boolean lostARace(Throwable e) {
        return TransactionRaces.lost(e);
    }
}
