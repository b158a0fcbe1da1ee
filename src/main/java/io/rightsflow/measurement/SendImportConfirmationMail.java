package io.rightsflow.measurement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailKind;
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
public class SendImportConfirmationMail implements JavaDelegate {

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
        mails.sendOnce(MailSteps.key(execution), MailKind.IMPORT_CONFIRMATION, null, account.email(), () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("rows", execution.getVariable("rows"));
            data.put("kind", execution.getVariable("kind"));
            data.put("profileName", profile.name());
            data.put("importedAt", MailSteps.date(Instant.parse((String) execution.getVariable("importedAt"))));
            return data;
        });
    }
}
