package io.rightsflow.desk;

import java.util.List;
import java.util.Map;

import io.rightsflow.request.RequestClosed;
import io.rightsflow.request.RequestFiled;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Follows every request, whatever its type, with bpmn/request-receipt.bpmn: started in the
 * transaction that files it (business key: the request id, as every process of a request), ended in
 * the one where its status becomes final. Its gateways ask here whether there is still work.
 */
@Named
@ApplicationScoped
class RequestReceipts {

    static final String PROCESS = "request-receipt";
    static final String ENDED = "RequestEnded";

    @Inject
    Requests requests;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    void filed(@Observes RequestFiled filed) {
        runtime.startProcessInstanceByKey(PROCESS, filed.requestId(), Map.of("requestId", filed.requestId()));
    }

    /**
     * Ends the watch of an ended request, wherever it waits. None waits yet when the request ends
     * before its acknowledgement has gone out: the gateway after the mail sees it ended.
     */
    void ended(@Observes RequestClosed ended) {
        runtime.createMessageCorrelation(ENDED).processInstanceBusinessKey(ended.requestId())
                .correlateAllWithResult();
    }

    /** Whether the request is still open (Gateway_StillOpen). */
    public boolean open(String requestId) {
        RequestRef request = requests.find(requestId);
        return request != null && request.isOpen();
    }

    /**
     * Whether the desk must be given a task for this request now (Gateway_DeskTaskNeeded): it is
     * open, and none of its other processes has a desk task that is escalated or about to be by its
     * own due-soon timer (which fires at the same instant as ours).
     */
    public boolean needsTask(String requestId, String ownProcessInstanceId) {
        if (!open(requestId)) {
            return false;
        }
        for (ProcessInstance process : runtime.createProcessInstanceQuery().processInstanceBusinessKey(requestId).list()) {
            if (!process.getId().equals(ownProcessInstanceId) && watched(process.getId())) {
                return false;
            }
        }
        return true;
    }

    private boolean watched(String processInstanceId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup(Roles.AGENT)
                .includeAssignedTasks().active().list();
        if (open.isEmpty()) {
            return false;
        }
        return open.stream().anyMatch(t -> Boolean.TRUE.equals(tasks.getVariableLocal(t.getId(), DeskWork.ESCALATED)))
                || hasDueSoonTimer(processInstanceId);
    }

    private boolean hasDueSoonTimer(String processInstanceId) {
        for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                    .singleResult();
            if (definition != null && definition.getActivityId().endsWith(DeadlineExtension.ESCALATION_SUFFIX)) {
                return true;
            }
        }
        return false;
    }
}
