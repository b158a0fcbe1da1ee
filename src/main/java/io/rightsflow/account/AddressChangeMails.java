package io.rightsflow.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.rightsflow.link.Links;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The two mails of a change of address (address-change.bpmn): Task_SendAddressChangeConfirmationMail
 * to the new address, whose link makes the change, and Task_SendAddressChangeNoticeMail to the old
 * one, whose link stops it. Both links live as long as the change waits.
 */
@ApplicationScoped
class AddressChangeMails {

    @Inject
    Mails mails;

    @Inject
    Links links;

    @Inject
    AccountSettings settings;

    @Inject
    Clock clock;

    void sendConfirmation(DelegateExecution execution) {
        AddressChange change = AddressChange.findById((String) execution.getVariable("changeId"));
        if (change == null || !change.isWaiting()) {
            return; // replaced, stopped or already confirmed
        }
        Instant endsAt = change.requestedAt.plus(settings.addressChangeValidity());
        mails.sendOnce(MailSteps.key(execution), null, change.newEmail, () -> new AddressChangeConfirmation(
                links.issue(AddressChangeLink.PURPOSE, change.accountId, Duration.between(Instant.now(clock), endsAt)),
                MailSteps.date(endsAt)));
    }

    /** Told even when the change was confirmed in the meantime: the old address must hear of it. */
    void sendNotice(DelegateExecution execution) {
        AddressChange change = AddressChange.findById((String) execution.getVariable("changeId"));
        if (change == null) {
            return; // replaced by a newer change, whose notice goes out instead
        }
        Instant endsAt = change.requestedAt.plus(settings.addressChangeValidity());
        mails.sendOnce(MailSteps.key(execution), null, change.oldEmail, () -> new AddressChangeNotice(
                links.issue(AddressChangeCancellationLink.PURPOSE, change.accountId,
                        Duration.between(Instant.now(clock), endsAt)),
                MailSteps.date(endsAt)));
    }
}
