package io.rightsflow.erasure;

import java.util.Map;

import io.rightsflow.account.Profile;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.DataRequest;
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
public class ProfileErasure implements RequestHandler {

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
    public void accept(NewRequest body, DataRequest request) {
        if (body.profileId() == null) {
            throw ProblemException.badRequest("profileId is required: the profile to erase");
        }
        Profile profile = profiles.visibleProfile(body.profileId());
        if (profile.main) {
            throw ProblemException.conflict("the main profile is erased with its account: file an ACCOUNT_ERASURE "
                    + "request for account " + profile.accountId + " instead");
        }
        if (!profile.isActive()) {
            throw requests.alreadyOpen(RequestType.PROFILE_ERASURE, "profile:" + profile.id,
                    "profile " + profile.id + " is already pending deletion");
        }
        request.accountId = profile.accountId;
        request.profileId = profile.id;
    }

    @Override
    public String exclusiveScope(DataRequest request) {
        return "profile:" + request.profileId;
    }

    @Override
    public String start(DataRequest request) {
        // Ids only: the engine's history outlives the erasure, so it must hold no personal data.
        return runtime.startProcessInstanceByKey(PROCESS, request.id, Map.of(
                "requestId", request.id,
                "profileId", request.profileId,
                "accountId", request.accountId)).getId();
    }

    @Override
    public void cancel(DataRequest request, String actor) {
        reactivation.reactivate(request.id, actor);
    }
}
