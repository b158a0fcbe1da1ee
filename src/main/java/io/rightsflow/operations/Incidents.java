package io.rightsflow.operations;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import io.rightsflow.workflow.IncidentText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * The background steps the engine gave up retrying (Camunda's incidents), in the operator's terms:
 * which request, which step, since when, and the failure's message as the engine recorded it (our
 * delegates keep personal data out of messages; the stack trace stays in the engine). A retry gives
 * the failed job one more attempt, which the job executor makes at once.
 */
@ApplicationScoped
public class Incidents {

    /** The incident type of a job that ran out of retries; the only kind a retry of its job resolves. */
    static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    /**
     * One open incident. {@code requestId} and {@code requestType} are null when the process is not
     * a request's (e.g. a sign-up); {@code businessKey} then says whose it is.
     */
    public record Open(String id, String processName, String processInstanceId, String businessKey, String requestId,
            String requestType, String stepId, String stepName, Instant since, String message, boolean retriable) {
    }

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    RepositoryService repository;

    @Inject
    Requests requests;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** How many open incidents the operator's list shows at most. */
    public static final int SHOWN = 100;

    /** The oldest open incidents (those waiting longest first), at most {@link #SHOWN}, and how many are open. */
    public record Listing(List<Open> shown, long total) {

        public boolean partial() {
            return shown.size() < total;
        }
    }

    /**
     * The oldest open incidents, at most {@link #SHOWN}, with their processes' business keys and
     * requests read in one query each rather than one per incident.
     */
    @Transactional
    public Listing open() {
        long total = runtime.createIncidentQuery().count();
        List<Incident> oldest = runtime.createIncidentQuery().orderByIncidentTimestamp().asc().listPage(0, SHOWN);
        Set<String> processIds = oldest.stream().map(Incident::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> keys = new HashMap<>();
        if (!processIds.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(processIds).list().stream()
                    .filter(p -> p.getBusinessKey() != null)
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        Map<String, RequestRef> found = requests.byIds(Set.copyOf(keys.values()));
        List<Open> shown = oldest.stream().sorted(Comparator.comparing(Incident::getIncidentTimestamp))
                .map(i -> {
                    String key = keys.get(i.getProcessInstanceId());
                    return open(i, key, key == null ? null : found.get(key));
                }).toList();
        return new Listing(shown, Math.max(total, shown.size()));
    }

    /**
     * Gives the failed job of this incident one more attempt; the engine resolves the incident and
     * the job executor runs the step again (a new incident if it fails again).
     */
    @Transactional
    public Open retry(String incidentId) {
        Incident incident = incidentId == null ? null
                : runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new ProblemException(Response.Status.NOT_FOUND, "this incident is no longer open: someone retried "
                    + "it already, or its step has run since. Nothing was changed; the operations page shows what is open now");
        }
        if (!FAILED_JOB.equals(incident.getIncidentType()) || incident.getConfiguration() == null) {
            throw ProblemException.conflict("this incident is not a failed background step, so there is no job to retry");
        }
        String key = businessKey(incident.getProcessInstanceId());
        Open open = open(incident, key, key == null ? null : requests.find(key));
        management.setJobRetries(incident.getConfiguration(), 1);
        audit.record("INCIDENT_RETRIED", caller.actor(), open.requestId(), null, "step=" + open.stepId()
                + " process=" + incident.getProcessInstanceId());
        return open;
    }

    private Open open(Incident incident, String businessKey, RequestRef request) {
        var definition = repository.getProcessDefinition(incident.getProcessDefinitionId());
        return new Open(incident.getId(), definition.getName() != null ? definition.getName() : definition.getKey(),
                incident.getProcessInstanceId(), businessKey, request == null ? null : request.id(),
                request == null ? null : request.type().name(), incident.getActivityId(),
                stepName(incident.getProcessDefinitionId(), incident.getActivityId()),
                incident.getIncidentTimestamp().toInstant(), IncidentText.safe(incident.getIncidentMessage()),
                FAILED_JOB.equals(incident.getIncidentType()) && incident.getConfiguration() != null);
    }

    private String businessKey(String processInstanceId) {
        ProcessInstance instance = processInstanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** The step's name as the BPMN file gives it (the engine caches the model), else its id. */
    private String stepName(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return "";
        }
        FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element != null && element.getName() != null && !element.getName().isBlank()
                ? element.getName().strip().replaceAll("\\s+", " ") : activityId;
    }
}
