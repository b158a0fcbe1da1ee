package io.rightsflow.independence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendIndependenceCompletedMails: both sides are told, the account holder and the new owner. */
@Named
@ApplicationScoped
class SendIndependenceCompletedMails implements JavaDelegate {

    @Inject
    IndependenceMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, "holder", (String) execution.getVariable("accountId"),
                profileName -> new IndependenceCompleted(false, profileName));
        mails.send(execution, "owner", (String) execution.getVariable("newAccountId"),
                profileName -> new IndependenceCompleted(true, profileName));
    }
}
