package io.rightsflow.erasure;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import io.rightsflow.request.RequestLifecycle;
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
public class RestoreAccount implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Links links;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String accountId = (String) execution.getVariable("accountId");
        accounts.restore(accountId);
        links.revokeAll(requestId);
        lifecycle.close(requestId, "CANCELLED");
        DeletionCancellation cancellation = DeletionCancellation.findById(requestId);
        // Who cancelled goes into the trail; their reason stays in the cancellation record.
        audit.record("ACCOUNT_DELETION_CANCELLED", cancellation.cancelledBy, requestId, null,
                "account=" + accountId + " reason recorded");
    }
}
