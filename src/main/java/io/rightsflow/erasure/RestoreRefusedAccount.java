package io.rightsflow.erasure;

import io.rightsflow.account.Accounts;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RestoreRefusedAccount: the desk refused the account's erasure in its grace period (Art.
 * 12(4)); the account and its profiles are usable again. The refusal mail says why.
 */
@Named
@ApplicationScoped
class RestoreRefusedAccount implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        accounts.restore(accountId);
        audit.record("ACCOUNT_RESTORED", AuditTrail.SYSTEM, (String) execution.getVariable("requestId"), null,
                "account=" + accountId + " erasure refused at the desk");
    }
}
