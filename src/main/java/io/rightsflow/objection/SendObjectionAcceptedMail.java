package io.rightsflow.objection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendObjectionAcceptedMail: processing for those purposes has stopped; some features may stop working. */
@Named
@ApplicationScoped
class SendObjectionAcceptedMail implements JavaDelegate {

    @Inject
    ObjectionMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        mails.send(execution, (objection, profileName, purposes) ->
                new ObjectionDecision(true, profileName, purposes, objection.grounds, null));
    }
}
