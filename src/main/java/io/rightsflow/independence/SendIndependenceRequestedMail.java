package io.rightsflow.independence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendIndependenceRequestedMail: the account holder learns the confirmation request went out. */
@Named
@ApplicationScoped
class SendIndependenceRequestedMail implements JavaDelegate {

    @Inject
    IndependenceMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, "holder", (String) execution.getVariable("accountId"), IndependenceRequested::new);
    }
}
