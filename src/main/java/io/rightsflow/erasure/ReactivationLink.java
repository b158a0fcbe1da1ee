package io.rightsflow.erasure;

import io.rightsflow.link.LinkAction;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngineException;

/** The reactivate link of the "deletion scheduled" mail. */
@ApplicationScoped
class ReactivationLink implements LinkAction {

    static final String PURPOSE = "profile-reactivation";

    @Inject
    Reactivation reactivation;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String requestId) {
        return new Description("Keep your profile",
                "Your profile is scheduled for deletion. Reactivate it to keep it exactly as it was, with all its data.",
                "Reactivate my profile");
    }

    @Override
    public Description perform(String requestId) {
        try {
            reactivation.reactivateWithin(requestId, "link");
        } catch (ProblemException e) {
            throw new LinkRefused("The grace period of this deletion is over, or the deletion was already cancelled.");
        } catch (ProcessEngineException e) {
            throw new LinkRefused("Your request was being updated at this very moment. Please try the link again.");
        }
        return new Description("Your profile has been reactivated",
                "It is back exactly as it was. We have sent you an email to confirm.", null);
    }
}
