package io.rightsflow.partner;

import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Partner;
import io.rightsflow.mail.MailKind;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The mails of a disconnection, to the holder of the profile, naming the profile and the partner. */
@ApplicationScoped
class PartnerMails {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Inject
    Mails mails;

    /** Sends this step's mail once, with {@code profileName} and {@code partnerName} besides {@code extra}. */
    void send(DelegateExecution execution, MailKind kind, Map<String, Object> extra) {
        String requestId = (String) execution.getVariable("requestId");
        ProfileRef profile = profiles.find((String) execution.getVariable("profileId"));
        PartnerGrant grant = grants.find((String) execution.getVariable("grantId"));
        if (profile == null || grant == null) {
            return; // the profile was erased meanwhile, and its links with it
        }
        Partner partner = Partner.findById(grant.partnerId);
        mails.sendOnce(MailSteps.key(execution), kind, requestId, accounts.find(profile.accountId()).email(), () -> {
            Map<String, Object> data = new HashMap<>(extra);
            data.put("profileName", profile.name());
            data.put("partnerName", partner.name);
            return data;
        });
    }
}
