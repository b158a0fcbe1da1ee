package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.link.Links;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendPasswordResetMail: to the account's address, the link that sets a new password. */
@Named
@ApplicationScoped
class SendPasswordResetMail implements JavaDelegate {

    @Inject
    Mails mails;

    @Inject
    Links links;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        Account account = Account.findById(accountId);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            return; // erased or closing meanwhile
        }
        mails.sendOnce(MailSteps.key(execution), null, account.email, () -> new PasswordReset(
                links.issue(PasswordResetLink.PURPOSE, accountId, settings.passwordResetValidity()),
                MailSteps.date(Instant.now(clock).plus(settings.passwordResetValidity()))));
    }
}
