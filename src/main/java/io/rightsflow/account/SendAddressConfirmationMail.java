package io.rightsflow.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.rightsflow.link.Links;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_SendAddressConfirmationMail (and Task_SendAddressConfirmationMailAgain): to the new
 * account's address, a link that confirms it, valid until the unconfirmed account is removed.
 */
@Named
@ApplicationScoped
class SendAddressConfirmationMail implements JavaDelegate {

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
        if (account == null || account.status != AccountStatus.UNCONFIRMED) {
            return; // confirmed (a quick owner) or removed meanwhile
        }
        Instant confirmBy = settings.confirmBy(account.createdAt);
        // Each asking for the mail again is an execution of its own: one mail per asking, however
        // often the engine retries the step.
        mails.sendOnce(MailSteps.key(execution) + ":" + execution.getId(), null, account.email,
                () -> new AddressConfirmation(
                        links.issue(AddressConfirmationLink.PURPOSE, accountId, Duration.between(Instant.now(clock), confirmBy)),
                        MailSteps.date(confirmBy)));
    }
}
