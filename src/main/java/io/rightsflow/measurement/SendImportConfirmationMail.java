package io.rightsflow.measurement;

import java.time.Instant;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendImportConfirmationMail: tells the account holder what the file added. */
@Named
@ApplicationScoped
class SendImportConfirmationMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        ProfileRef profile = profiles.find((String) execution.getVariable("profileId"));
        if (profile == null) {
            return; // erased meanwhile: nobody left to tell
        }
        AccountRef account = accounts.find(profile.accountId());
        mails.sendOnce(MailSteps.key(execution), null, account.email(), () -> new ImportConfirmation(
                (Integer) execution.getVariable("rows"), (String) execution.getVariable("kind"), profile.name(),
                MailSteps.date(Instant.parse((String) execution.getVariable("importedAt")))));
    }
}
