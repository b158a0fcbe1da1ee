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

/** Task_SendEndedBySystemMail: the subject learns that the system ended the request, and why. */
@Named
@ApplicationScoped
class SendRequestEndedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        DataRequest request = DataRequest.findById(requestId);
        AccountRef account = request.accountId == null ? null : accounts.find(request.accountId);
        if (account == null) {
            return; // the account is gone (erased): nobody left to tell
        }
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> new RequestEnded(
                RequestWords.request(request.type), RequestWords.date(request.receivedAt),
                reason((String) execution.getVariable(Requests.ERASED))));
    }

    static String reason(String erased) {
        return "account".equals(erased)
                ? "the account it was about is being deleted, at your request, so nothing is left for it to act on"
                : "the profile it was about is being deleted, at your request, so nothing is left for it to act on";
    }
}
