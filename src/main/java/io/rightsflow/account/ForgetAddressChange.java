package io.rightsflow.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_ForgetAddressChange: the change's links have expired, so neither address is kept for it any
 * longer. By the change's id: a newer change of the same account has a process of its own.
 */
@Named
@ApplicationScoped
class ForgetAddressChange implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        AddressChange.deleteById((String) execution.getVariable("changeId"));
    }
}
