package io.rightsflow.partner;

import io.rightsflow.request.DataRequest;
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
    PartnerGrants grants;

    @Inject
    RequestLifecycle lifecycle;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        DataRequest request = DataRequest.findById(requestId);
        grants.revoke(grants.find((String) execution.getVariable("grantId")), requestId, request.filedBy);
        lifecycle.status(requestId, "IN_PROGRESS");
    }
}
