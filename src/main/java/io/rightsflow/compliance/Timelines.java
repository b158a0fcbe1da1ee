package io.rightsflow.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.request.ProcessSteps;
import io.rightsflow.system.ProblemException;
import io.rightsflow.workflow.IncidentText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;

/**
 * The whole story of one request for an auditor, in time order: every step of its processes (its
 * own and those it started, e.g. a notice per partner) from the engine's history, every mail, link, decision and partner call from the audit trail, every
 * incident, and whether its due date was met.
 */
@ApplicationScoped
public class Timelines {

    @Inject
    AuditTrail audit;

    @Inject
    Requests requests;

    @Inject
    HistoryService history;

    @Inject
    Clock clock;

    @Inject
    Instance<DecisionRecords> decisions;

    @Inject
    ProcessSteps processes;

    @Inject
    SystemRecords systems;

    /** {@code systems}: every downstream system the request reached, with what it came to so far. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timeline(Summary request, Deadline deadline, List<SystemRecords.Outcome> systems, List<Event> events) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String id, String type, String status, String channel, String filedBy, Instant receivedAt,
            Instant completedAt, String ticket, String identityCheck, String identityNote) {
    }

    /** {@code met}: completed by the due date; null while open and not yet due. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Deadline(Instant dueAt, Integer extendedMonths, String extensionReason, Boolean met, boolean overdue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(Instant at, String kind, String actor, String detail) {
    }

    public Timeline of(String requestId) {
        RequestRef request = requestId == null ? null : requests.find(requestId);
        if (request == null) {
            throw ProblemException.notFound("request " + requestId);
        }
        List<Event> events = new ArrayList<>();
        audit.ofRequest(requestId).forEach(e -> events.add(new Event(e.at(), e.kind(), e.actor(), e.detail())));
        decisions.forEach(records -> events.addAll(records.of(requestId)));
        for (String processInstanceId : processes.instancesOf(request.processInstanceId())) {
            steps(processInstanceId, events);
            incidents(processInstanceId, events);
        }
        events.sort(Comparator.comparing(Event::at));
        return new Timeline(new Summary(request.id(), request.type().name(), request.status().name(), request.channel().name(),
                request.filedBy(), request.receivedAt(), request.completedAt(), request.ticket(), request.identityCheck(),
                request.identityNote()), deadline(request), systems.of(requestId), events);
    }

    private void steps(String processInstanceId, List<Event> events) {
        for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            if (ProcessSteps.isRouting(step.getActivityType())) {
                continue;
            }
            String what = step.getActivityId() + (step.getActivityName() == null ? "" : " (" + step.getActivityName() + ")");
            String actor = step.getAssignee() == null ? "engine" : "agent:" + step.getAssignee();
            events.add(new Event(step.getStartTime().toInstant(), "STEP_STARTED", "engine", what));
            if (step.getEndTime() != null) {
                String outcome = step.isCanceled() ? "cancelled" : "completed";
                events.add(new Event(step.getEndTime().toInstant(), "STEP_ENDED", actor, what + " " + outcome));
            }
        }
    }

    private void incidents(String processInstanceId, List<Event> events) {
        for (HistoricIncident incident : history.createHistoricIncidentQuery().processInstanceId(processInstanceId).list()) {
            events.add(new Event(incident.getCreateTime().toInstant(), "INCIDENT", "engine",
                    incident.getActivityId() + ": " + IncidentText.safe(incident.getIncidentMessage())));
            if (incident.getEndTime() != null) {
                events.add(new Event(incident.getEndTime().toInstant(), "INCIDENT_RESOLVED", "engine",
                        incident.getActivityId()));
            }
        }
    }

    private Deadline deadline(RequestRef request) {
        Instant now = Instant.now(clock);
        Boolean met = null;
        if (request.completedAt() != null) {
            met = !request.completedAt().isAfter(request.dueAt());
        } else if (request.dueAt().isBefore(now)) {
            met = false;
        }
        return new Deadline(request.dueAt(), request.extendedMonths(), request.extensionReason(), met,
                request.isOpen() && request.dueAt().isBefore(now));
    }
}
