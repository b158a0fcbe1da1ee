package io.rightsflow.independence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendIndependenceExpiredMail: nobody confirmed in time; the profile stays, the new address is forgotten. */
@Named
@ApplicationScoped
class SendIndependenceExpiredMail implements JavaDelegate {

    @Inject
    IndependenceMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, "holder", (String) execution.getVariable("accountId"), IndependenceExpired::new);
        Independence independence = Independence.findById((String) execution.getVariable("requestId"));
        if (independence != null) {
            independence.newEmail = null;
        }
    }
}
