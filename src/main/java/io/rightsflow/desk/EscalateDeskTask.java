package io.rightsflow.desk;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestWords;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;

/**
 * The step behind every desk task's "due soon" timer: the task is flagged on the desk and the
 * desk gets a "request due soon" mail. The task itself stays open (the timer does not interrupt).
 */
@Named
@ApplicationScoped
class EscalateDeskTask implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    TaskService tasks;

    @Inject
    Mails mails;

    @Inject
    DeskSettings settings;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active().list()) {
            tasks.setVariableLocal(task.getId(), DeskWork.ESCALATED, true);
        }
        RequestRef request = requests.find(requestId);
        audit.record("DESK_TASK_ESCALATED", AuditTrail.SYSTEM, requestId, request.profileId(), "dueAt=" + request.dueAt());
        mails.sendOnce(MailSteps.key(execution), requestId, settings.deskEmail(),
                () -> new RequestDueSoon(RequestWords.request(request.type()), requestId, MailSteps.date(request.dueAt())));
    }
}
