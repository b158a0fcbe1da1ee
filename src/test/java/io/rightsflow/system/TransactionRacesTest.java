package io.rightsflow.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which failures are a lost race, safe to try again, and which are not. */
@Tag("database")
class TransactionRacesTest {

    @Test
    void theEnginesOptimisticLockAndTheDatabasesDeadlockOrSerialisationFailureAreLostRaces() {
        assertTrue(TransactionRaces.lost(new RuntimeException(new OptimisticLockingException("changed"))));
        assertTrue(TransactionRaces.lost(new ProcessEngineException("flush", new SQLException("deadlock", "40P01"))));
        assertTrue(TransactionRaces.lost(new SQLException("could not serialize", "40001")));
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 aborted", "40P01", new int[0]);
        assertTrue(TransactionRaces.lost(new ProcessEngineException("flush", batch)));
        BatchUpdateException wrapped = new BatchUpdateException("batch entry 0 aborted", null, new int[0]);
        wrapped.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(TransactionRaces.lost(new RuntimeException(wrapped)), "the driver's next exception says it");
    }

    @Test
    void aUniqueViolationOrAnyOtherFailureIsNotARaceToRetry() {
        assertFalse(TransactionRaces.lost(new SQLException("duplicate key", "23505")));
        assertFalse(TransactionRaces.lost(new IllegalStateException("bug")));
        assertFalse(TransactionRaces.lost(new ProcessEngineException("no such process")));
    }
}
