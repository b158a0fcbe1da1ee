package io.rightsflow.downstream;

import io.rightsflow.workflow.JobAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_AskSystem: one request to one webhook or sql system, retried by the engine; a system that
 * still refuses on the last attempt goes to the desk (Event_SystemNotReached), where an agent can
 * reach its team, rather than becoming an incident. The other systems and the request's own purge
 * never wait for it: each system has a process of its own.
 */
@Named
@ApplicationScoped
class AskSystem implements JavaDelegate {

    static final String NOT_REACHED = "SYSTEM_NOT_REACHED";

    @Inject
    SystemAnswers answers;

    @Inject
    JobAttempts attempts;

    @Override
    public void execute(DelegateExecution execution) {
        String callId = (String) execution.getVariable("systemCallId");
        attempts.raiseWhenLast(NOT_REACHED, SystemRefused.class,
                () -> execution.setVariable("systemAnswer", answers.ask(callId)),
                refused -> answers.notReached(callId, refused.getMessage()));
    }
}
