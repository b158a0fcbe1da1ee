package io.rightsflow.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_ExpireAct: the subject did not answer in time, so nothing of the act happens. */
@Named
@ApplicationScoped
class ExpireAct implements JavaDelegate {

    @Inject
    ActDecisions decisions;

    @Override
    public void execute(DelegateExecution execution) {
        decisions.expire((String) execution.getVariable("actId"));
    }
}
