package io.rightsflow.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.request.RequestType;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** The customer-service desk: every user task of every process that needs an agent. */
@Path("/api/desk/tasks")
@RolesAllowed(Roles.AGENT)
public class DeskResource {

    static final String ESCALATED = "escalated";

    @Inject
    Requests requests;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    RuntimeService runtime;

    @Inject
    DeskTasks deskTasks;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public record Decision(String decision, String reason) {
    }

    /** Open tasks, oldest due first; {@code assignee} is {@code me}, {@code none} or a username. */
    @GET
    @Transactional
    public List<DeskTaskView> list(@QueryParam("type") RequestType type, @QueryParam("overdue") Boolean overdue,
            @QueryParam("assignee") String assignee) {
        List<Task> open = tasks.createTaskQuery().taskCandidateGroup(Roles.AGENT).includeAssignedTasks().active().list();
        if (open.isEmpty()) {
            return List.of();
        }
        // A request's processes share its id as business key: its own, and those it started (a notice per partner).
        Map<String, String> requestIds = runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
                .stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        if (requestIds.isEmpty()) {
            return List.of();
        }
        Map<String, RequestRef> requests = this.requests.byIds(requestIds.values());
        Instant now = Instant.now(clock);
        return open.stream()
                .filter(t -> requests.containsKey(requestIds.get(t.getProcessInstanceId())))
                .map(t -> view(t, requests.get(requestIds.get(t.getProcessInstanceId())), now))
                .filter(v -> type == null || v.requestType() == type)
                .filter(v -> overdue == null || v.overdue() == overdue)
                .filter(v -> assignee == null || assignedTo(v, assignee))
                .sorted(Comparator.comparing(DeskTaskView::dueAt).thenComparing(DeskTaskView::taskId))
                .toList();
    }

    @POST
    @Path("/{taskId}/claim")
    @Transactional
    public DeskTaskView claim(@PathParam("taskId") String taskId) {
        Task task = openTask(taskId);
        String me = caller.username();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw ProblemException.conflict("task " + taskId + " is claimed by " + task.getAssignee());
        }
        try {
            tasks.claim(taskId, me);
        } catch (TaskAlreadyClaimedException e) {
            throw ProblemException.conflict("task " + taskId + " was just claimed by another agent");
        }
        return viewOf(taskId);
    }

    @POST
    @Path("/{taskId}/unclaim")
    @Transactional
    public DeskTaskView unclaim(@PathParam("taskId") String taskId) {
        Task task = openTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw ProblemException.conflict("task " + taskId + " is claimed by " + task.getAssignee()
                    + "; only they can give it back");
        }
        tasks.setAssignee(taskId, null);
        return viewOf(taskId);
    }

    @POST
    @Path("/{taskId}/complete")
    @Transactional
    public void complete(@PathParam("taskId") String taskId, Decision body) {
        Task task = openTask(taskId);
        if (!caller.username().equals(task.getAssignee())) {
            throw ProblemException.conflict(task.getAssignee() == null ? "claim task " + taskId + " before completing it"
                    : "task " + taskId + " is claimed by " + task.getAssignee());
        }
        DeskTask kind = deskTasks.of(task.getTaskDefinitionKey());
        String decision = body == null ? null : body.decision();
        if (decision == null || !kind.decisions().contains(decision)) {
            throw ProblemException.badRequest("decision must be one of " + String.join(", ", kind.decisions()));
        }
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (kind.needsReason(decision) && reason == null) {
            throw ProblemException.badRequest("a " + decision + " needs its reasons written in reason");
        }
        if (reason != null && reason.length() > 2000) {
            throw ProblemException.badRequest("reason must have at most 2000 characters");
        }
        kind.decide(requestOf(task).id(), task.getProcessInstanceId(), decision, reason, caller.actor());
        try {
            tasks.complete(taskId, Map.of("decision", decision));
        } catch (OptimisticLockingException | NullValueException e) {
            // The process moved on at this very moment (a timer fired, and either changed the task
            // under us or had already deleted it when we came to complete it): the decision rolls back.
            throw ended(taskId);
        }
    }

    private Task openTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).taskCandidateGroup(Roles.AGENT).includeAssignedTasks()
                .active().singleResult();
        if (task == null) {
            boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
            throw existed ? ended(taskId) : ProblemException.notFound("open desk task " + taskId);
        }
        return task;
    }

    private static ProblemException ended(String taskId) {
        return ProblemException.conflict("task " + taskId + " is no longer open: it was decided, or its process "
                + "moved on (e.g. a grace period ended); nothing was recorded");
    }

    private DeskTaskView viewOf(String taskId) {
        Task task = openTask(taskId);
        return view(task, requestOf(task), Instant.now(clock));
    }

    private RequestRef requestOf(Task task) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return requests.find(process.getBusinessKey());
    }

    private DeskTaskView view(Task task, RequestRef request, Instant now) {
        boolean escalated = Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), ESCALATED));
        return new DeskTaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), request.id(), request.type(),
                request.profileId(), request.dueAt(), request.isOpen() && request.dueAt().isBefore(now), escalated,
                task.getAssignee(), deskTasks.of(task.getTaskDefinitionKey()).decisions(),
                deskTasks.of(task.getTaskDefinitionKey()).about(task.getProcessInstanceId()));
    }

    private boolean assignedTo(DeskTaskView view, String assignee) {
        return switch (assignee) {
            case "me" -> caller.username().equals(view.assignee());
            case "none" -> view.assignee() == null;
            default -> assignee.equals(view.assignee());
        };
    }
}
