package io.rightsflow.partner;

import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Profile;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Partner;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_SendPartnerDisconnectedMail: nothing more is shared, and what was shared is not deleted by this. */
@Named
@ApplicationScoped
public class SendPartnerDisconnectedMail implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Inject
    Mails mails;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        Profile profile = profiles.find((String) execution.getVariable("profileId"));
        Partner partner = Partner.findById(grants.find((String) execution.getVariable("grantId")).partnerId);
        boolean notice = Boolean.TRUE.equals(execution.getVariable("notifyErasure"));
        mails.sendOnce(MailSteps.key(execution), MailKind.PARTNER_DISCONNECTED, requestId,
                profiles.accountOf(profile).email, () -> {
                    Map<String, Object> data = new HashMap<>();
                    data.put("profileName", profile.name);
                    data.put("partnerName", partner.name);
                    data.put("erasureNotice", notice);
                    return data;
                });
    }
}
