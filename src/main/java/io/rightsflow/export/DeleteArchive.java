package io.rightsflow.export;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_DeleteArchive: the retention is over; the archive goes, the record keeps that it existed. */
@Named
@ApplicationScoped
class DeleteArchive implements JavaDelegate {

    @Inject
    ArchiveStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        ExportArchive archive = ExportArchive.findById((String) execution.getVariable("requestId"));
        if (archive == null || archive.deletedAt != null) {
            return; // already gone, e.g. with an erased profile
        }
        store.delete(archive.requestId);
        archive.deletedAt = Instant.now(clock);
        audit.record("EXPORT_ARCHIVE_DELETED", AuditTrail.SYSTEM, archive.requestId, archive.profileId,
                "rows=" + archive.rowsTotal);
    }
}
