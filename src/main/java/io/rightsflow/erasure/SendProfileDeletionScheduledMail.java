package io.rightsflow.erasure;

import io.rightsflow.account.ProfileRef;
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
        mails.sendDeletionScheduled(execution, mails.addressOf(profile), (deletionAt, saveDataUrl, link) ->
                new ProfileDeletionScheduled(profile.name(), deletionAt, saveDataUrl, link.apply(ReactivationLink.PURPOSE)));
    }
}
