package io.rightsflow.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The rules of the desk, for its JSON API and its pages alike: which tasks are open, who may claim,
 * give back and decide one, and what a decision needs. The signed-in agent is the caller.
 */
@ApplicationScoped
class DeskWork {

    static final String ESCALATED = "escalated";
    static final int MAX_REASON = 2000;
    static final int MAX_REFERENCE = 200;

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

    /** Open tasks, oldest due first; {@code assignee} is {@code me}, {@code none} or a username. */
    @Transactional
    List<DeskTaskView> list(RequestType type, Boolean overdue, String assignee) {
        List<Task> open = openDeskTasks().list();
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
        Map<String, RequestRef> byId = requests.byIds(requestIds.values());
        Set<String> escalated = escalatedIds(openDeskTasks());
        Instant now = Instant.now(clock);
        return open.stream()
                .filter(t -> byId.containsKey(requestIds.get(t.getProcessInstanceId())))
                .map(t -> view(t, byId.get(requestIds.get(t.getProcessInstanceId())), escalated.contains(t.getId()), now))
                .filter(v -> type == null || v.requestType() == type)
                .filter(v -> overdue == null || v.overdue() == overdue)
                .filter(v -> assignee == null || assignedTo(v, assignee))
                .sorted(Comparator.comparing(DeskTaskView::dueAt).thenComparing(DeskTaskView::taskId))
                .toList();
    }

    /** The open tasks of one request (its own process and those it started), oldest due first. */
    @Transactional
    List<DeskTaskView> ofRequest(String requestId) {
        // Every process keyed to the request (its own, and a notice per partner it started), not the whole queue.
        List<Task> open = openDeskTasks().processInstanceBusinessKey(requestId).list();
        if (open.isEmpty()) {
            return List.of();
        }
        RequestRef request = requests.find(requestId);
        Set<String> escalated = escalatedIds(openDeskTasks().processInstanceBusinessKey(requestId));
        Instant now = Instant.now(clock);
        return open.stream().map(t -> view(t, request, escalated.contains(t.getId()), now))
                .sorted(Comparator.comparing(DeskTaskView::dueAt).thenComparing(DeskTaskView::taskId))
                .toList();
    }

    /** One open task; 404 when there is none, 409 when it was decided or its process moved on. */
    @Transactional
    DeskTaskView get(String taskId) {
        return viewOf(taskId);
    }

    @Transactional
    DeskTaskView claim(String taskId) {
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

    @Transactional
    DeskTaskView unclaim(String taskId) {
        Task task = openTask(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username())) {
            throw ProblemException.conflict("task " + taskId + " is claimed by " + task.getAssignee()
                    + "; only they can give it back");
        }
        tasks.setAssignee(taskId, null);
        return viewOf(taskId);
    }

    /**
     * Decides a task claimed by the caller; a refusal names the form field at fault ({@code field}:
     * decision, reason or reference) and changes nothing.
     */
    @Transactional
    void complete(String taskId, String decision, String reasonText, String referenceText) {
        Task task = openTask(taskId);
        if (!caller.username().equals(task.getAssignee())) {
            throw ProblemException.conflict(task.getAssignee() == null ? "claim task " + taskId + " before completing it"
                    : "task " + taskId + " is claimed by " + task.getAssignee());
        }
        DeskTask kind = deskTasks.of(task.getTaskDefinitionKey());
        if (decision == null || !kind.decisions().contains(decision)) {
            throw ProblemException.badRequest("decision must be one of " + String.join(", ", kind.decisions()))
                    .with("field", "decision");
        }
        String reason = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
        if (kind.needsReason(decision) && reason == null) {
            throw ProblemException.badRequest("a " + decision + " needs its reasons written in reason")
                    .with("field", "reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.badRequest("reason must have at most " + MAX_REASON + " characters")
                    .with("field", "reason");
        }
        String reference = referenceText == null || referenceText.isBlank() ? null : referenceText.strip();
        if (kind.needsReference(decision) && reference == null) {
            throw ProblemException.badRequest("a " + decision + " needs the reference of its evidence in reference"
                    + " (e.g. the ticket of the team that did it)").with("field", "reference");
        }
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw ProblemException.badRequest("reference must have at most " + MAX_REFERENCE + " characters")
                    .with("field", "reference");
        }
        kind.decide(requestOf(task).id(), task.getProcessInstanceId(), decision, reason, reference, caller.actor());
        try {
            tasks.complete(taskId, Map.of("decision", decision));
        } catch (OptimisticLockingException | NullValueException e) {
            // The process moved on at this very moment (a timer fired, and either changed the task
            // under us or had already deleted it when we came to complete it): the decision rolls back.
            throw ended(taskId);
        }
    }

    /** Whether some decision of this task's kind asks for the reference of its evidence. */
    boolean takesReference(String taskKey) {
        DeskTask kind = deskTasks.of(taskKey);
        return kind.decisions().stream().anyMatch(kind::needsReference);
    }

    /** Whether a decision of this task's kind must come with written reasons. */
    boolean needsReason(String taskKey, String decision) {
        return deskTasks.of(taskKey).needsReason(decision);
    }

    /** What the subject asked, as the feature of the task's kind tells it (e.g. an objection's purposes). */
    @Transactional
    List<DeskTask.Asked> asked(DeskTaskView task) {
        return deskTasks.of(task.taskKey()).asked(task.requestId());
    }

    private TaskQuery openDeskTasks() {
        return tasks.createTaskQuery().taskCandidateGroup(Roles.AGENT).includeAssignedTasks().active();
    }

    /** The ids of the query's tasks marked escalated: one query, not one variable read per task. */
    private static Set<String> escalatedIds(TaskQuery query) {
        return query.taskVariableValueEquals(ESCALATED, true).list().stream().map(Task::getId)
                .collect(Collectors.toSet());
    }

    private Task openTask(String taskId) {
        Task task = openDeskTasks().taskId(taskId).singleResult();
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
        boolean escalated = Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), ESCALATED));
        return view(task, requestOf(task), escalated, Instant.now(clock));
    }

    private RequestRef requestOf(Task task) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return requests.find(process.getBusinessKey());
    }

    private DeskTaskView view(Task task, RequestRef request, boolean escalated, Instant now) {
        DeskTask kind = deskTasks.of(task.getTaskDefinitionKey());
        return new DeskTaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), request.id(), request.type(),
                request.profileId(), request.dueAt(), request.isOpen() && request.dueAt().isBefore(now), escalated,
                task.getAssignee(), kind.decisions(), kind.about(task.getProcessInstanceId()));
    }

    private boolean assignedTo(DeskTaskView view, String assignee) {
        return switch (assignee) {
            case "me" -> caller.username().equals(view.assignee());
            case "none" -> view.assignee() == null;
            default -> assignee.equals(view.assignee());
        };
    }
}
