package io.rightsflow.erasure;

import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_EndOtherAccountRequests: as {@link EndOtherProfileRequests}, for every request of the account. */
@Named
@ApplicationScoped
class EndOtherAccountRequests implements JavaDelegate {

    @Inject
    Requests requests;

    @Override
    public void execute(DelegateExecution execution) {
        requests.endOthersOfAccount((String) execution.getVariable("accountId"),
                (String) execution.getVariable("requestId"));
    }
}
