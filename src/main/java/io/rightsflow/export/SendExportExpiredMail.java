package io.rightsflow.export;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendExportExpiredMail: the archive has been deleted; a new export can be asked for at any time. */
@Named
@ApplicationScoped
class SendExportExpiredMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        ExportArchive archive = ExportArchive.findById(requestId);
        AccountRef account = archive == null ? null : accounts.find(archive.accountId);
        if (account == null) {
            return; // the archive went with an erasure, and with it anyone to tell
        }
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> new ExportExpired(
                MailSteps.date(archive.deletedAt != null ? archive.deletedAt : archive.expiresAt)));
    }
}
