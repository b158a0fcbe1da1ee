package io.rightsflow.restriction;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the restriction's mail steps share: the request's details, its profile and account. */
@ApplicationScoped
class RestrictionMails {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    /** Sends this step's mail once (a retried step finds it sent), to the account holding the profile. */
    void send(DelegateExecution execution, Content mail) {
        String requestId = (String) execution.getVariable("requestId");
        RestrictionRequest restriction = RestrictionRequest.findById(requestId);
        ProfileRef profile = restriction == null ? null : profiles.find(restriction.profileId);
        if (profile == null) {
            return; // the profile was erased meanwhile, and its restriction with it
        }
        AccountRef account = accounts.find(profile.accountId());
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> mail.of(restriction, profile.name()));
    }

    @FunctionalInterface
    interface Content {
        MailData of(RestrictionRequest restriction, String profileName);
    }
}
