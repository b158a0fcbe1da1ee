package io.rightsflow.desk;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Profiles;
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

/** Task_SendDeadlineExtendedMail: the subject learns the new due date and why. */
@Named
@ApplicationScoped
class SendDeadlineExtendedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Requests requests;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        RequestRef request = requests.find(requestId);
        AccountRef account = request.accountId() == null ? null : accounts.find(request.accountId());
        if (account == null) {
            return; // the account is gone (erased): nobody left to tell
        }
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> new DeadlineExtended(
                RequestWords.request(request.type()), request.extendedMonths(), MailSteps.date(request.dueAt()), request.extensionReason()));
    }
}
