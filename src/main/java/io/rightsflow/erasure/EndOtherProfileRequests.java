package io.rightsflow.erasure;

import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_EndOtherProfileRequests: the grace period is over, so an objection still on the desk, an
 * independence still waiting or an export being built for this profile ends before its data goes.
 */
@Named
@ApplicationScoped
class EndOtherProfileRequests implements JavaDelegate {

    @Inject
    Requests requests;

    @Override
    public void execute(DelegateExecution execution) {
        requests.endOthersOf((String) execution.getVariable("profileId"), (String) execution.getVariable("requestId"));
    }
}
