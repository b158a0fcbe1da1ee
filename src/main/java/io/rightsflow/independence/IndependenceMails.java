package io.rightsflow.independence;

import java.util.function.Function;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Mails of the independence process to an account (the holder's, or the new one), with the profile's name. */
@ApplicationScoped
class IndependenceMails {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    /**
     * {@code to} tells the recipients of one step apart, so each gets the mail once; {@code mail}
     * makes the mail's data from the profile's name.
     */
    void send(DelegateExecution execution, String to, String accountId, Function<String, MailData> mail) {
        AccountRef account = accountId == null ? null : accounts.find(accountId);
        ProfileRef profile = profiles.find((String) execution.getVariable("profileId"));
        if (account == null || profile == null) {
            return; // erased meanwhile
        }
        String requestId = (String) execution.getVariable("requestId");
        mails.sendOnce(MailSteps.key(execution) + ":" + to, requestId, account.email(), () -> mail.apply(profile.name()));
    }
}
