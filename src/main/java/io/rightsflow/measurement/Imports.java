package io.rightsflow.measurement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Session;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.measurement.ImportKind.Column;
import io.rightsflow.measurement.ImportKind.Target;
import io.rightsflow.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Stores a checked import file in one transaction (a JDBC batch: 4,000 rows of up to five values
 * each), and starts measurement-import.bpmn in the same transaction, whose background step
 * mails the confirmation once the rows are surely stored.
 */
@ApplicationScoped
class Imports {

    static final String PROCESS = "measurement-import";

    @Inject
    EntityManager em;

    @Inject
    Event<MeasurementsStored> storedEvent;

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public int store(ProfileRef profile, ImportKind kind, List<CsvImport.Row> rows) {
        Instant now = Instant.now(clock);
        List<String> categories = new ArrayList<>();
        List<MeasurementsStored.Stored> stored = new ArrayList<>();
        em.unwrap(Session.class).doWork(db -> {
            try (PreparedStatement insert = db.prepareStatement("insert into measurement (profile_id, category_id,"
                    + " source, taken_at, val, systolic, diastolic, comment, created_at)"
                    + " values (?, ?, 'IMPORT', ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
                for (CsvImport.Row row : rows) {
                    addRow(insert, profile.id(), row, now, categories);
                }
                insert.executeBatch();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        stored.add(new MeasurementsStored.Stored(keys.getLong(1), categories.get(stored.size())));
                    }
                }
            }
        });
        storedEvent.fire(new MeasurementsStored(profile.id(), stored));
        String importId = UUID.randomUUID().toString();
        audit.record("MEASUREMENTS_IMPORTED", caller.actor(), null, profile.id(),
                "import=" + importId + " kind=" + kind.id() + " rows=" + rows.size() + " measurements=" + stored.size());
        runtime.startProcessInstanceByKey(PROCESS, importId, Map.of(
                "importId", importId, "profileId", profile.id(), "kind", kind.id(), "rows", rows.size(),
                "importedAt", now.toString()));
        return stored.size();
    }

    /** One measurement per category the row fills; the row's comment goes with the first of them. */
    private static void addRow(PreparedStatement insert, String profileId, CsvImport.Row row, Instant now,
            List<String> categories) throws SQLException {
        String comment = row.comment();
        List<Column> columns = row.columns();
        Double systolic = valueOf(row, Target.SYSTOLIC);
        Double diastolic = valueOf(row, Target.DIASTOLIC);
        if (systolic != null) {
            add(insert, profileId, "blood-pressure", row.takenAt(), null, systolic, diastolic, comment, now);
            categories.add("blood-pressure");
            comment = null;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).target() == Target.VALUE && row.values()[i] != null) {
                add(insert, profileId, columns.get(i).category(), row.takenAt(), row.values()[i], null, null, comment, now);
                categories.add(columns.get(i).category());
                comment = null;
            }
        }
    }

    private static Double valueOf(CsvImport.Row row, Target target) {
        for (int i = 0; i < row.columns().size(); i++) {
            if (row.columns().get(i).target() == target) {
                return row.values()[i];
            }
        }
        return null;
    }

    private static void add(PreparedStatement insert, String profileId, String category, Instant takenAt, Double value,
            Double systolic, Double diastolic, String comment, Instant now) throws SQLException {
        insert.setString(1, profileId);
        insert.setString(2, category);
        insert.setObject(3, takenAt.atOffset(ZoneOffset.UTC));
        setDouble(insert, 4, value);
        setDouble(insert, 5, systolic);
        setDouble(insert, 6, diastolic);
        insert.setString(7, comment);
        insert.setObject(8, now.atOffset(ZoneOffset.UTC));
        insert.addBatch();
    }

    private static void setDouble(PreparedStatement insert, int index, Double value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.DOUBLE);
        } else {
            insert.setDouble(index, value);
        }
    }
}
