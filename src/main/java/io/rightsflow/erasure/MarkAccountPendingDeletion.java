package io.rightsflow.erasure;

import io.rightsflow.account.Accounts;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_MarkAccountPendingDeletion: no more login, no more processing or sharing, from the filing on. */
@Named
@ApplicationScoped
class MarkAccountPendingDeletion implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String accountId = (String) execution.getVariable("accountId");
        accounts.markPendingDeletion(accountId);
        audit.record("ACCOUNT_PENDING_DELETION", AuditTrail.SYSTEM, requestId, null, "account=" + accountId);
    }
}
