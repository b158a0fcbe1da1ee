package io.rightsflow.independence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.link.Links;
import io.rightsflow.mail.MailKind;
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
public class SendConfirmationRequestMail implements JavaDelegate {

    @Inject
    Requests requests;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

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
        Instant confirmBy = settings.confirmBy(requests.find(requestId).receivedAt());
        mails.sendOnce(MailSteps.key(execution), MailKind.INDEPENDENCE_CONFIRMATION_REQUEST, requestId,
                independence.newEmail, () -> {
                    Map<String, Object> data = new HashMap<>();
                    data.put("profileName", profile.name());
                    data.put("confirmBy", MailSteps.date(confirmBy));
                    data.put("confirmUrl", links.issue(IndependenceLink.PURPOSE, requestId,
                            Duration.between(Instant.now(clock), confirmBy)));
                    return data;
                });
    }
}
