package io.rightsflow.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.request.DueDates;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * GDPR Art. 12(3): the due date may be extended once, by up to two further months, with reasons,
 * and only within the first month. The escalation timers move with it, and the subject is told.
 */
@ApplicationScoped
class DeadlineExtension {

    /** Escalation timers of desk tasks end with this in their BPMN id, e.g. Event_ReviewDueSoon. */
    static final String ESCALATION_SUFFIX = "DueSoon";
    static final String PROCESS = "desk-extension";
    /** The longest reasons an extension may give (they are mailed to the person). */
    static final int MAX_REASON = 2000;

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    DeskSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Requests requests;

    @Inject
    Clock clock;

    @Transactional
    public RequestRef extend(RequestRef request, int months, String reason, String actor) {
        // Every field at fault ({@code fields}), so that a form shows them all at once; field is the first.
        List<String> faults = new ArrayList<>();
        if (months != 1 && months != 2) {
            faults.add("months");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            faults.add("reason");
        }
        if (faults.contains("months")) {
            throw ProblemException.badRequest("months must be 1 or 2: a due date is extended by at most two months")
                    .with("field", "months").with("fields", faults);
        }
        if (faults.contains("reason")) {
            throw ProblemException.badRequest("reason is required (at most " + MAX_REASON + " characters): the "
                    + "subject is told it").with("field", "reason").with("fields", faults);
        }
        String whyNot = whyNot(request);
        if (whyNot != null) {
            throw ProblemException.conflict(whyNot);
        }
        // The check above read a copy that a simultaneous extension may have outdated: the write decides.
        RequestRef extended = requests.extendDue(request.id(), months, reason.strip())
                .orElseThrow(() -> ProblemException.conflict("request " + request.id() + " was already extended once, "
                        + "at this very moment; nothing was changed"));
        rescheduleEscalations(extended);
        audit.record("DEADLINE_EXTENDED", actor, extended.id(), extended.profileId(),
                "months=" + months + " dueAt=" + extended.dueAt());
        runtime.startProcessInstanceByKey(PROCESS, extended.id() + ":extension", Map.of("requestId", extended.id()));
        return extended;
    }

    /**
     * Why the rules do not allow extending this request now, or null when they do: only an open
     * request, only once, and only within its first month.
     */
    public String whyNot(RequestRef request) {
        if (!request.isOpen()) {
            return "request " + request.id() + " is " + request.status() + "; only an open request is extended";
        }
        if (request.extendedMonths() != null) {
            return "request " + request.id() + " was already extended once, by " + request.extendedMonths()
                    + " month(s)";
        }
        if (!Instant.now(clock).isBefore(DueDates.oneMonthAfter(request.receivedAt()))) {
            return "request " + request.id() + " is past its first month; an extension must be decided within it";
        }
        return null;
    }

    /** Every escalation timer of the request's processes: its own and those it started (a notice per partner). */
    private void rescheduleEscalations(RequestRef request) {
        if (request.processInstanceId() == null) {
            return;
        }
        Date escalateAt = Date.from(settings.escalateAt(request.dueAt()));
        for (ProcessInstance process : runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.id()).list()) {
            for (Job timer : management.createJobQuery().processInstanceId(process.getId()).timers().list()) {
                JobDefinition definition = management.createJobDefinitionQuery()
                        .jobDefinitionId(timer.getJobDefinitionId()).singleResult();
                if (definition != null && definition.getActivityId().endsWith(ESCALATION_SUFFIX)) {
                    management.setJobDuedate(timer.getId(), escalateAt);
                }
            }
        }
    }
}
