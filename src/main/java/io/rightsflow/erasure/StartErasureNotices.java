package io.rightsflow.erasure;

import io.rightsflow.partner.ErasureNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_StartErasureNotices: each partner whose link was just revoked gets its Art. 19 notice from
 * a process of its own, started here in the transaction that revoked the links; the purge goes
 * straight on, whatever the partners answer.
 */
@Named
@ApplicationScoped
class StartErasureNotices implements JavaDelegate {

    @Inject
    ErasureNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        notices.startFor((String) execution.getVariable("requestId"));
    }
}
