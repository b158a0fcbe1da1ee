package io.rightsflow.erasure;

import java.util.Map;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.mail.MailKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendProfileDeletionScheduledMail: save-your-data and reactivate links, valid for the grace period. */
@Named
@ApplicationScoped
class SendProfileDeletionScheduledMail implements JavaDelegate {

    @Inject
    ErasureMails mails;

    @Override
    public void execute(DelegateExecution execution) {
        ProfileRef profile = mails.profile(execution);
        mails.sendDeletionScheduled(execution, MailKind.PROFILE_DELETION_SCHEDULED, mails.addressOf(profile),
                Map.of("profileName", profile.name()), Map.of("reactivateUrl", ReactivationLink.PURPOSE));
    }
}
