package io.rightsflow.erasure;

import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
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

/** Task_SendProfileReactivatedMail. */
@Named
@ApplicationScoped
public class SendProfileReactivatedMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        ProfileRef profile = profiles.find((String) execution.getVariable("profileId"));
        String email = accounts.find(profile.accountId()).email();
        mails.sendOnce(MailSteps.key(execution), MailKind.PROFILE_REACTIVATED, requestId, email, () -> {
            Map<String, Object> data = new HashMap<>();
            data.put("profileName", profile.name());
            return data;
        });
    }
}
