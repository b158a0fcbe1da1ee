package io.rightsflow.approval;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendApprovalRequestMail: to the account's own address only, never one the agent gave. */
@Named
@ApplicationScoped
class SendApprovalRequestMail implements JavaDelegate {

    @Inject
    ActDecisions decisions;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Links links;

    @Inject
    Mails mails;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        PendingAct act = PendingAct.findById((String) execution.getVariable("actId"));
        AccountRef account = act == null ? null : accounts.find(act.accountId);
        ProfileRef profile = act == null ? null : profiles.find(act.profileId);
        if (act == null || act.status != ActStatus.AWAITING_SUBJECT || account == null || profile == null) {
            return; // answered, or erased meanwhile
        }
        Duration validity = Duration.between(Instant.now(clock), act.expiresAt);
        if (validity.isNegative() || validity.isZero()) {
            return;
        }
        mails.sendOnce(MailSteps.key(execution), act.id, account.email(), () -> new ApprovalRequest(
                ActAnswerLinks.asked(act, decisions.describe(act), profile.name()),
                links.issue(ActAnswerLinks.APPROVE, act.id, validity), links.issue(ActAnswerLinks.REFUSE, act.id, validity),
                MailSteps.date(act.expiresAt)));
    }
}
