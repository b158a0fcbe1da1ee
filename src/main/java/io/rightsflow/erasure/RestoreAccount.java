package io.rightsflow.erasure;

import io.rightsflow.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RestoreAccount: customer service cancelled the deletion, in the transaction that completed
 * their task. Nothing was deleted during the grace period, so the account comes back exactly.
 */
@Named
@ApplicationScoped
class RestoreAccount implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    ErasureOutcomes outcomes;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String accountId = (String) execution.getVariable("accountId");
        accounts.restore(accountId);
        DeletionCancellation cancellation = DeletionCancellation.findById(requestId);
        // Who cancelled goes into the trail; their reason stays in the cancellation record.
        outcomes.restored(execution, "ACCOUNT_DELETION_CANCELLED", cancellation.cancelledBy, null,
                "account=" + accountId + " reason recorded");
    }
}
