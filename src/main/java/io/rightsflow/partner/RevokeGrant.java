package io.rightsflow.partner;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.request.RequestLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RevokeGrant, in the request's transaction: the token is destroyed, nothing is delivered after this. */
@Named
@ApplicationScoped
public class RevokeGrant implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    PartnerGrants grants;

    @Inject
    RequestLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        RequestRef request = requests.find(requestId);
        grants.revoke(grants.find((String) execution.getVariable("grantId")), requestId, request.filedBy());
        lifecycle.status(requestId, "IN_PROGRESS");
    }
}
