package io.rightsflow.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_AnswerDueSoonRequest at the desk (bpmn/request-receipt.bpmn): an open request comes
 * close to its due date with nothing on the desk about it. The agent makes sure it is answered and
 * says how in a note, which stays here (the audit trail records only that it was handled).
 */
@ApplicationScoped
class DueSoonTask implements DeskTask {

    static final String TASK_KEY = "UserTask_AnswerDueSoonRequest";
    static final String ANSWERED = "ANSWERED";

    @Inject
    Requests requests;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return TASK_KEY;
    }

    @Override
    public List<String> decisions() {
        return List.of(ANSWERED);
    }

    @Override
    public boolean needsReason(String decision) {
        return true;
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        RequestRef request = requests.find(requestId);
        DueSoonNote note = new DueSoonNote();
        note.requestId = requestId;
        note.requestType = request.type();
        note.accountId = request.accountId();
        note.profileId = request.profileId();
        note.handledBy = actor;
        note.note = reason;
        note.handledAt = Instant.now(clock);
        note.persist();
        audit.record("DUE_SOON_HANDLED", actor, requestId, request.profileId(), "dueAt=" + request.dueAt());
    }
}
