package io.rightsflow.partner;

import java.util.function.BiFunction;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Partner;
import io.rightsflow.mail.MailData;
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

    /** Sends this step's mail once, made from the profile's name and the partner's. */
    void send(DelegateExecution execution, BiFunction<String, String, MailData> mail) {
        String requestId = (String) execution.getVariable("requestId");
        ProfileRef profile = profiles.find((String) execution.getVariable("profileId"));
        PartnerGrant grant = grants.find((String) execution.getVariable("grantId"));
        if (profile == null || grant == null) {
            return; // the profile was erased meanwhile, and its links with it
        }
        Partner partner = Partner.findById(grant.partnerId);
        mails.sendOnce(MailSteps.key(execution), requestId, accounts.find(profile.accountId()).email(),
                () -> mail.apply(profile.name(), partner.name));
    }
}
