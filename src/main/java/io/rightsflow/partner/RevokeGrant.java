package io.rightsflow.partner;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RevokeGrant, in the request's transaction: the token is destroyed, nothing is delivered
 * after this. The task's end listener moves the request to IN_PROGRESS.
 */
@Named
@ApplicationScoped
class RevokeGrant implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    PartnerGrants grants;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        RequestRef request = requests.find(requestId);
        grants.revoke(grants.find((String) execution.getVariable("grantId")), requestId, request.filedBy());
    }
}
