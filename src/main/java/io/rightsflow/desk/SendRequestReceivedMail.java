package io.rightsflow.desk;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestWords;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendRequestReceivedMail: the subject learns that their request arrived, what it asks in
 * words, and by when it is answered (Art. 12(3)). Once per request, however often it is retried.
 */
@Named
@ApplicationScoped
class SendRequestReceivedMail implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    Accounts accounts;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        RequestRef request = requests.find(requestId);
        AccountRef account = request.accountId() == null ? null : accounts.find(request.accountId());
        if (account == null) {
            return; // the account is gone (erased) before the mail could leave: nobody left to tell
        }
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> new RequestReceived(
                RequestWords.type(request.type()), requestId, RequestWords.date(request.receivedAt()),
                RequestWords.date(request.dueAt())));
    }
}
