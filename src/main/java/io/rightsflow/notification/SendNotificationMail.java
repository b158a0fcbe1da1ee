package io.rightsflow.notification;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.unsubscribe.UnsubscribeLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendNotificationMail: only while the kind is still on and allowed (a withdrawal stops it), and its item still there. */
@Named
@ApplicationScoped
class SendNotificationMail implements JavaDelegate {

    @Inject
    Accounts accounts;

    @Inject
    Notifications notifications;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Inject
    UnsubscribeLinks unsubscribeLinks;

    @Override
    public void execute(DelegateExecution execution) {
        TimelineItem item = TimelineItem.findById((String) execution.getVariable("itemId"));
        if (item == null || !notifications.mayNotify(item.accountId, item.kind)) {
            return; // turned off meanwhile: the person does not want it any more
        }
        AccountRef account = accounts.find(item.accountId);
        if (account == null) {
            return;
        }
        // tips and product news: the marketing layout, and a link of their own that stops them (issued only when sent)
        mails.sendOnce(MailSteps.key(execution), null, account.email(), () -> item.kind.marketing()
                ? new Marketing(item.title, item.text, unsubscribeLinks.issue(item.accountId))
                : new Notification(item.title, item.text));
    }
}
