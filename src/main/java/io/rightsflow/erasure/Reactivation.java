package io.rightsflow.erasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Ends a pending profile erasure, whichever way the person asks (email link, account screen,
 * cancelling the request). The process decides: the message only lands while it waits in the
 * grace period, so a reactivation that loses the race with the timer changes nothing.
 */
@ApplicationScoped
class Reactivation {

    static final String MESSAGE = "ProfileReactivationRequested";
    private static final int ATTEMPTS = 3;

    @Inject
    RuntimeService runtime;

    @Inject
    Requests requests;

    @Inject
    Profiles profiles;

    /**
     * Reactivation from the account screen (the API and the account page): ends the pending
     * erasure of a profile the caller may act on; 404 for another's, 409 when nothing is pending.
     */
    public RequestRef ofProfile(String profileId, String actor) {
        ProfileRef profile = profiles.visible(profileId);
        RequestRef pending = pendingFor(profile.id());
        if (pending == null) {
            throw ProblemException.conflict("profile " + profileId + " has no deletion pending: nothing to reactivate");
        }
        reactivate(pending.id(), actor);
        return pending;
    }

    /** The open erasure request of a profile, or null. */
    public RequestRef pendingFor(String profileId) {
        return requests.openOf(profileId, RequestType.PROFILE_ERASURE);
    }

    /**
     * Reactivates in transactions of its own, trying again when a concurrent step of the same
     * process (the scheduled mail finishing, the timer firing) changed it under our feet.
     */
    public void reactivate(String requestId, String actor) {
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> reactivateWithin(requestId, actor));
                return;
            } catch (ProcessEngineException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Whether the profile of this erasure can still be reactivated: only in the grace period. */
    static boolean allowed(RequestRef request) {
        return request.status() == RequestStatus.GRACE_PERIOD;
    }

    /** Reactivates in the caller's transaction, once; a concurrent change fails it. */
    public void reactivateWithin(String requestId, String actor) {
        RequestRef request = requests.find(requestId);
        if (!allowed(request)) {
            throw tooLate(requestId);
        }
        try {
            runtime.createMessageCorrelation(MESSAGE)
                    .processInstanceId(request.processInstanceId())
                    .setVariable("reactivatedBy", actor)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw tooLate(requestId);
        }
    }

    private static ProblemException tooLate(String requestId) {
        return ProblemException.conflict("request " + requestId + " is no longer in its grace period: "
                + "the profile can no longer be reactivated");
    }
}
