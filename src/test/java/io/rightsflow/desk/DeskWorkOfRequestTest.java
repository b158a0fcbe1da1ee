package io.rightsflow.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Desk;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

/** The request page's tasks come from the request's own processes, escalation included. */
@QuarkusTest
class DeskWorkOfRequestTest {

    @Inject
    DeskWork work;

    @Inject
    TaskService tasks;

    @Test
    void aRequestsOpenTasksAreItsOwnWithWhetherEachIsEscalated() {
        Desk desk = Desk.withNewAgent();
        String flagged = DeskResourceTest.objectToChallenges(Subject.create());
        String calm = DeskResourceTest.objectToChallenges(Subject.create());
        String flaggedTask = desk.taskIdOf(flagged);
        String calmTask = desk.taskIdOf(calm);
        tasks.setVariableLocal(flaggedTask, DeskWork.ESCALATED, true);

        List<DeskTaskView> ofFlagged = work.ofRequest(flagged);
        List<DeskTaskView> ofCalm = work.ofRequest(calm);

        assertEquals(List.of(flaggedTask), ofFlagged.stream().map(DeskTaskView::taskId).toList());
        assertEquals(List.of(true), ofFlagged.stream().map(DeskTaskView::escalated).toList());
        assertEquals(List.of(calmTask), ofCalm.stream().map(DeskTaskView::taskId).toList());
        assertEquals(List.of(false), ofCalm.stream().map(DeskTaskView::escalated).toList());
        assertEquals(List.of(), work.ofRequest("no-such-request"));
    }
}
