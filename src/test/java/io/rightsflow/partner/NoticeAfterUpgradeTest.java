package io.rightsflow.partner;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.PartnerServer;
import io.rightsflow.support.Processes;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A notice process started by the first version of partner-erasure-notice.bpmn, whose step calls
 * ${deliverErasureNotice}, still runs after the upgrade that renamed that step: the instances a
 * running service holds when it is upgraded are not stranded as incidents.
 */
@QuarkusTest
@Tag("database")
class NoticeAfterUpgradeTest {

    final PartnerServer partners = PartnerServer.get();

    @Inject
    RepositoryService repository;

    @Inject
    HistoryService history;

    @Inject
    ChangeNotices changeNotices;

    @Test
    void aNoticeRunningOnTheFirstVersionOfItsDiagramIsStillDelivered() throws Exception {
        Subject subject = Subject.create();
        String profile = subject.addProfile("Sam");
        String apple = subject.api().body(Map.of("partner", "apple-health")).post("/api/profiles/{id}/partners", profile)
                .then().statusCode(201).extract().path("grantId");
        String requestId = UUID.randomUUID().toString();
        Deployment firstVersion;
        try (InputStream diagram = getClass().getResourceAsStream("/upgrade/partner-erasure-notice-v1.bpmn")) {
            firstVersion = repository.createDeployment().name("partner-erasure-notice, first version")
                    .addInputStream("partner-erasure-notice.bpmn", diagram).deploy();
        }
        try {
            // started by key: the first version is the newest deployed now, as it was before the upgrade
            QuarkusTransaction.requiringNew().run(() -> changeNotices.startFor(requestId, profile, "RESTRICTED"));

            await().atMost(Processes.PATIENCE).until(() -> partners.calls("/apple-health/change-notices", apple).size() == 1);
            String process = history.createHistoricProcessInstanceQuery().processDefinitionKey("partner-erasure-notice")
                    .processInstanceBusinessKey(requestId).singleResult().getId();
            Processes.awaitEnded(history, process);
            List<String> path = Processes.passedActivities(history, process);
            assertTrue(path.contains("Task_NotifyPartnerOfErasure"), "ran the first version's step: " + path);
            assertEquals("EndEvent_PartnerNotified", path.get(path.size() - 1), path.toString());
        } finally {
            repository.deleteDeployment(firstVersion.getId(), true);
        }
    }
}
