package io.rightsflow.restriction;

import java.util.Arrays;
import java.util.Map;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.objection.RestrictionLedger;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/**
 * RESTRICTION requests (GDPR Art. 18(1)(a)-(c)): restriction.bpmn restricts every use of the
 * profile's data at once, tells partners and the person, and waits for the desk to lift it.
 */
@ApplicationScoped
class RestrictionRequests implements RequestHandler {

    static final String PROCESS = "restriction";

    @Inject
    Profiles profiles;

    @Inject
    RestrictionLedger policy;

    @Inject
    RuntimeService runtime;

    @Override
    public RequestType type() {
        return RequestType.RESTRICTION;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.profileId() == null) {
            throw ProblemException.badRequest("profileId is required: the profile whose data is to be restricted")
                    .with("field", "profileId");
        }
        Ground ground = ground(body.ground());
        if (body.statement() != null && body.statement().length() > 2000) {
            throw ProblemException.badRequest("statement must have at most 2000 characters").with("field", "statement");
        }
        ProfileRef profile = profiles.active(body.profileId());
        String restricting = policy.restrictingRequest(profile.id());
        if (restricting != null) {
            throw ProblemException.conflict("the data of profile " + profile.id() + " is already restricted by request "
                    + restricting);
        }
        RestrictionRequest restriction = new RestrictionRequest();
        restriction.requestId = requestId;
        restriction.profileId = profile.id();
        restriction.ground = ground;
        restriction.statement = body.statement();
        restriction.persist();
        return RequestSubject.profile(profile.accountId(), profile.id());
    }

    /** One restriction at a time per profile: a second would restrict nothing more. */
    @Override
    public String exclusiveScope(RequestRef request) {
        return "profile:" + request.profileId();
    }

    @Override
    public String start(RequestRef request) {
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of(
                "requestId", request.id(), "profileId", request.profileId())).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        throw ProblemException.conflict("a restriction is in place from the moment it is asked for; it is lifted at "
                + "the desk, after you are told");
    }

    private static Ground ground(String ground) {
        String allowed = String.join(", ", Arrays.stream(Ground.values()).map(Enum::name).toList());
        if (ground == null || ground.isBlank()) {
            throw ProblemException.badRequest("ground is required: one of " + allowed).with("field", "ground");
        }
        try {
            return Ground.valueOf(ground);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("ground must be one of " + allowed).with("field", "ground");
        }
    }
}
