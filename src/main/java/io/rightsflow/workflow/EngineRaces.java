package io.rightsflow.workflow;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * A person's action on a running process (a refusal, a cancellation) may meet a background job
 * of the same process that started its step at that very moment: the engine's optimistic lock
 * then fails one of the two. Such an action runs here in a transaction of its own and, having
 * rolled back whole, is tried again, so that the person is not shown an error for the engine's race.
 */
public final class EngineRaces {

    /** Enough for a job's step to commit in between; a process that changes under every try is a fault. */
    static final int ATTEMPTS = 4;

    private EngineRaces() {
    }

    /** Runs {@code action} in a new transaction, again when it lost an optimistic-lock race. */
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

    /** Whether an exception, or one of its causes, is the engine's optimistic-lock failure. */
    public static boolean lostARace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }
}
