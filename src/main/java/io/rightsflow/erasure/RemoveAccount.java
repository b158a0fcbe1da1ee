package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.compliance.ErasureCertificates;
import io.rightsflow.partner.PartnerNotices;
import io.rightsflow.request.DataRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_RemoveAccount: the account row (its email and password hash) goes last; the trail keeps the counts. */
@Named
@ApplicationScoped
public class RemoveAccount implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    ErasureCertificates certificates;

    @Inject
    PartnerNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        String accountId = (String) execution.getVariable("accountId");
        profiles.removeAccount(accountId);
        String counts = PurgeCounts.text(execution);
        certificates.issue(requestId, "ACCOUNT", accountId, counts, notices.notifiedFor(requestId),
                DataRequest.<DataRequest>findById(requestId).receivedAt);
        audit.record("ACCOUNT_ERASED", AuditTrail.SYSTEM, requestId, null,
                "account=" + accountId + " " + counts);
    }
}
