package io.rightsflow.downstream;

import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_FindSystems (erasures and access): which of the maker's other systems the request reaches,
 * captured from what the subject holds now, before the purge or the copy, in that step's
 * transaction; the call activity after it starts one downstream-system process per call.
 */
@Named
@ApplicationScoped
class FindSystems implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    SystemCalls calls;

    @Override
    public void execute(DelegateExecution execution) {
        calls.capture(requests.find((String) execution.getVariable("requestId")));
    }
}
