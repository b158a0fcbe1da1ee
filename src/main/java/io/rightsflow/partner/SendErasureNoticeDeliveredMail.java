package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.mail.MailSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendErasureNoticeDeliveredMail: the partner accepted the erasure notice, and when. */
@Named
@ApplicationScoped
class SendErasureNoticeDeliveredMail implements JavaDelegate {

    @Inject
    PartnerMails mails;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String deliveredAt = MailSteps.date(Instant.now(clock));
        mails.send(execution, (profileName, partnerName) -> new PartnerErasureNotice(deliveredAt, partnerName, profileName));
    }
}
