package io.rightsflow.export;

import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/** EXPORT requests (GDPR Art. 20): export.bpmn builds the archive, mails the link, deletes it after retention. */
@ApplicationScoped
class ExportRequests implements RequestHandler {

    @Inject
    Accounts accounts;

    static final String PROCESS = "export";

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Override
    public RequestType type() {
        return RequestType.EXPORT;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if ((body.profileId() == null) == (body.accountId() == null)) {
            throw ProblemException.badRequest("give either profileId (one profile) or accountId (every profile of "
                    + "the account)").with("field", "profileId");
        }
        // A profile pending deletion can still be exported: saving one's data is what the grace period is for.
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
        throw ProblemException.conflict("an export is not cancelled: its archive is deleted by itself when its "
                + "retention ends");
    }
}
