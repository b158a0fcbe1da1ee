package io.rightsflow.workflow;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * An index the engine's own schema lacks, for its job acquisition as configured here (due timers
 * first, then by due date): without it, every acquisition read the whole job table, timers due
 * next week included, and a backlog of n jobs cost n² (issue 23: 94 ms of PostgreSQL per
 * acquisition at 6,000 jobs). With it, PostgreSQL reads the due jobs only (it still sorts them).
 * The engine creates its tables after Flyway has run, so the index is made here, once the engine
 * is built; every node of a cluster may try at the same moment, and one of them makes it.
 */
final class AcquisitionIndex {

    private static final Logger LOG = Logger.getLogger(AcquisitionIndex.class);
    static final String NAME = "rf_idx_job_acquisition";

    private AcquisitionIndex() {
    }

    static void ensure(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("create index if not exists " + NAME + " on act_ru_job (type_ desc, duedate_)");
        } catch (SQLException e) {
            // Another node made it at the same instant; or the database refused, and acquisition is only slower.
            LOG.infof("the job acquisition index was not created here (%s); it is only an optimisation",
                    e.getSQLState());
        }
    }
}
