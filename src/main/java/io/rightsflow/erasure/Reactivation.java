package io.rightsflow.erasure;

import io.rightsflow.request.DataRequest;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Ends a pending profile erasure, whichever way the person asks (email link, account screen,
 * cancelling the request). The process decides: the message only lands while it waits in the
 * grace period, so a reactivation that loses the race with the timer changes nothing.
 */
@ApplicationScoped
public class Reactivation {

    static final String MESSAGE = "ProfileReactivationRequested";

    @Inject
    RuntimeService runtime;

    /** The open erasure request of a profile, or null. */
    public DataRequest pendingFor(String profileId) {
        return DataRequest.find("profileId = ?1 and type = ?2 and status = ?3", profileId,
                RequestType.PROFILE_ERASURE, RequestStatus.GRACE_PERIOD).firstResult();
    }

    public void reactivate(DataRequest request, String actor) {
        if (request.status != RequestStatus.GRACE_PERIOD) {
            throw tooLate(request);
        }
        try {
            runtime.createMessageCorrelation(MESSAGE)
                    .processInstanceId(request.processInstanceId)
                    .setVariable("reactivatedBy", actor)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            throw tooLate(request);
        }
    }

    private static ProblemException tooLate(DataRequest request) {
        return ProblemException.conflict("request " + request.id + " is no longer in its grace period: "
                + "the profile can no longer be reactivated");
    }
}
