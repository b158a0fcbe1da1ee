package io.rightsflow.independence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendConfirmationRequestMail: to the new address only, never the account holder's; its link sets the password. */
@Named
@ApplicationScoped
class SendConfirmationRequestMail implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    @Inject
    Accounts accounts;

    @Inject
    Links links;

    @Inject
    IndependenceSettings settings;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        Independence independence = Independence.findById(requestId);
        if (independence == null || independence.newEmail == null) {
            return; // already confirmed, cancelled or expired
        }
        ProfileRef profile = profiles.find(independence.profileId);
        Instant confirmBy = settings.confirmByInstant(requestId);
        if (accounts.emailTaken(independence.newEmail)) {
            // No link: a profile moves only to an address without an account. Its owner is told, the holder is not.
            mails.sendOnce(MailSteps.key(execution), requestId, independence.newEmail,
                    () -> new IndependenceAddressInUse(profile.name()));
            return;
        }
        mails.sendOnce(MailSteps.key(execution), requestId, independence.newEmail,
                () -> new IndependenceConfirmationRequest(profile.name(),
                        links.issue(IndependenceLink.PURPOSE, requestId, Duration.between(Instant.now(clock), confirmBy)),
                        MailSteps.date(confirmBy)));
    }
}
