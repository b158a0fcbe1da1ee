package io.rightsflow.export;

import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
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
 * ACCESS requests (GDPR Art. 15): access.bpmn builds a copy of all data held about one profile,
 * or about the account and every profile it holds, with the document "about your data", mails
 * the link and deletes the copy after the export retention.
 */
@ApplicationScoped
class AccessRequests implements RequestHandler {

    static final String PROCESS = "access";

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Override
    public RequestType type() {
        return RequestType.ACCESS;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if ((body.profileId() == null) == (body.accountId() == null)) {
            throw ProblemException.badRequest("give either profileId (a copy of one profile's data) or accountId "
                    + "(a copy of the account's data and of every profile it holds)");
        }
        if (body.profileId() != null) {
            ProfileRef profile = profiles.visible(body.profileId());
            return RequestSubject.profile(profile.accountId(), profile.id());
        }
        return new RequestSubject(accounts.visible(body.accountId()).id(), null);
    }

    @Override
    public String exclusiveScope(RequestRef request) {
        return request.profileId() != null ? "profile:" + request.profileId() : "account:" + request.accountId();
    }

    @Override
    public String start(RequestRef request) {
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of("requestId", request.id())).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        throw ProblemException.conflict("a copy of your data is not cancelled: it is deleted by itself when its "
                + "retention ends");
    }
}
