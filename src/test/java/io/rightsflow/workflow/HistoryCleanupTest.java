package io.rightsflow.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.EngineTime;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("database")
class HistoryCleanupTest {

    @Inject
    ProcessEngine engine;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @AfterEach
    void reset() {
        EngineTime.reset();
    }

    @Test
    void theEngineCleansHistoryInTheConfiguredWindow() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertEquals("01:00", configuration.getHistoryCleanupBatchWindowStartTime());
        assertEquals("05:00", configuration.getHistoryCleanupBatchWindowEndTime());
        assertFalse(history.findHistoryCleanupJobs().isEmpty(), "the nightly cleanup is scheduled");
    }

    @Test
    void aProcessWhoseHistoryOutlivedItsTimeToLiveIsRemovedByTheCleanup() {
        Subject subject = Subject.create();
        subject.api().contentType("text/csv").body("Date,Weight\r\n2026-02-01 07:00:00,80.5\r\n")
                .post("/api/profiles/{id}/imports?kind=weight", subject.mainProfileId()).then().statusCode(201);
        String process = history.createHistoricProcessInstanceQuery().processDefinitionKey("measurement-import")
                .orderByProcessInstanceStartTime().desc().list().get(0).getId();
        Processes.awaitEnded(history, process);

        // measurement-import.bpmn keeps its history for P365D after the end.
        EngineTime.moveTo(Instant.now().plus(Duration.ofDays(366)));
        // Each run removes one batch per kind of history; the tests before this one left many batches' worth.
        for (int run = 0; run < 50 && history.createHistoricActivityInstanceQuery().processInstanceId(process).count() > 0;
                run++) {
            try {
                Job cleanup = history.cleanUpHistoryAsync(true);
                management.executeJob(cleanup.getId());
            } catch (OptimisticLockingException e) {
                // The job executor touched the same cleanup job at this moment (while it was being rescheduled
                // or run): the next run goes on.
            }
        }

        assertEquals(0, history.createHistoricProcessInstanceQuery().processInstanceId(process).count());
        assertEquals(0, history.createHistoricActivityInstanceQuery().processInstanceId(process).count());
    }
}
