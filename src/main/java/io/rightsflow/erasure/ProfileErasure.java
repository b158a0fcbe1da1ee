package io.rightsflow.erasure;

import java.util.Map;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/** PROFILE_ERASURE requests: profile-erasure.bpmn, with its seven-day grace period. */
@ApplicationScoped
class ProfileErasure implements RequestHandler {

    static final String PROCESS = "profile-erasure";

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Inject
    Reactivation reactivation;

    @Inject
    Requests requests;

    @Override
    public RequestType type() {
        return RequestType.PROFILE_ERASURE;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.profileId() == null) {
            throw ProblemException.badRequest("profileId is required: the profile to erase").with("field", "profileId");
        }
        ProfileRef profile = profiles.visible(body.profileId());
        if (profile.main()) {
            throw ProblemException.conflict("the main profile is erased with its account: file an ACCOUNT_ERASURE "
                    + "request for account " + profile.accountId() + " instead");
        }
        if (!profile.isActive()) {
            throw requests.alreadyOpen(RequestType.PROFILE_ERASURE, "profile:" + profile.id(),
                    "profile " + profile.id() + " is already pending deletion");
        }
        return RequestSubject.profile(profile.accountId(), profile.id());
    }

    /**
     * Its profile is purged and removed: what is left is the maker's other systems and the final
     * mail, which an erasure of the account must not cut short (the systems would keep the data).
     */
    @Override
    public boolean finishesOnItsOwn(RequestRef request) {
        return request.profileId() != null && profiles.find(request.profileId()) == null;
    }

    @Override
    public String exclusiveScope(RequestRef request) {
        return "profile:" + request.profileId();
    }

    @Override
    public String start(RequestRef request) {
        // Ids only: the engine's history outlives the erasure, so it must hold no personal data.
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of(
                "requestId", request.id(),
                "profileId", request.profileId(),
                "accountId", request.accountId())).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        reactivation.reactivate(request.id(), actor);
    }

    /** Only in the grace period: its process then waits for a refusal (ErasureRefusals). */
    @Override
    public String whyNotRefusable(RequestRef request) {
        return ErasureRefusals.whyNot(runtime, request);
    }

    /** Reactivation's own rule: only in the grace period. */
    @Override
    public boolean cancellable(RequestRef request) {
        return Reactivation.allowed(request);
    }
}
