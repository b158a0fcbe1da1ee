package io.rightsflow.objection;

import java.util.stream.Collectors;

import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.consent.Purpose;
import io.rightsflow.mail.MailData;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.mail.Mails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the objection's mail steps share: the objection, its profile and account, and the common data. */
@ApplicationScoped
class ObjectionMails {

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Mails mails;

    /** Sends this step's mail once, made from the objection, its profile's name and its purposes in words. */
    void send(DelegateExecution execution, Content mail) {
        String requestId = (String) execution.getVariable("requestId");
        Objection objection = Objection.findById(requestId);
        ProfileRef profile = objection == null ? null : profiles.find(objection.profileId);
        if (profile == null) {
            return; // the profile was erased meanwhile, and its objection with it
        }
        AccountRef account = accounts.find(profile.accountId());
        mails.sendOnce(MailSteps.key(execution), requestId, account.email(), () -> mail.of(objection, profile.name(),
                objection.purposeList().stream().map(ObjectionMails::label).collect(Collectors.joining(", "))));
    }

    @FunctionalInterface
    interface Content {
        MailData of(Objection objection, String profileName, String purposes);
    }

    private static String label(Purpose purpose) {
        return switch (purpose) {
            case DIRECT_MARKETING -> "direct marketing";
            case RESEARCH -> "research";
            case PRODUCT_IMPROVEMENT -> "product improvement";
            case PARTNER_SHARING -> "sharing with partner apps";
            case DASHBOARD_SHARING -> "dashboard sharing";
            case CHALLENGES -> "challenges";
            case SERVICE -> "the service itself";
        };
    }
}
