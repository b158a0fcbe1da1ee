package io.rightsflow.request;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendRefusalMail: the subject learns that the request is refused, why, and where to complain. */
@Named
@ApplicationScoped
class SendRequestRefusedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Inject
    SupervisoryAuthority authority;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        DataRequest request = DataRequest.findById(requestId);
        Refusal refusal = Refusal.findById(requestId);
        AccountRef account = request.accountId == null ? null : accounts.find(request.accountId);
        if (account == null || refusal == null) {
            return; // the account is gone (erased): nobody left to tell
        }
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> new RequestRefused(
                RequestWords.request(request.type), RequestWords.date(request.receivedAt), refusal.reasonKind.words(),
                refusal.reasons == null ? "" : refusal.reasons, authority.name(), authority.address(), authority.url()));
    }
}
