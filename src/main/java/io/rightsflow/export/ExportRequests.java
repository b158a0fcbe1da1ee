package io.rightsflow.export;

import java.util.Map;

import io.rightsflow.account.Account;
import io.rightsflow.account.Profile;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.DataRequest;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/** EXPORT requests (GDPR Art. 20): export.bpmn builds the archive, mails the link, deletes it after retention. */
@ApplicationScoped
public class ExportRequests implements RequestHandler {

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
    public void accept(NewRequest body, DataRequest request) {
        if ((body.profileId() == null) == (body.accountId() == null)) {
            throw ProblemException.badRequest("give either profileId (one profile) or accountId (every profile of "
                    + "the account)");
        }
        // A profile pending deletion can still be exported: saving one's data is what the grace period is for.
        if (body.profileId() != null) {
            Profile profile = profiles.visibleProfile(body.profileId());
            request.accountId = profile.accountId;
            request.profileId = profile.id;
        } else {
            Account account = profiles.visibleAccount(body.accountId());
            request.accountId = account.id;
        }
    }

    @Override
    public String exclusiveScope(DataRequest request) {
        return request.profileId != null ? "profile:" + request.profileId : "account:" + request.accountId;
    }

    @Override
    public String start(DataRequest request) {
        return runtime.startProcessInstanceByKey(PROCESS, request.id, Map.of("requestId", request.id)).getId();
    }

    @Override
    public void cancel(DataRequest request, String actor) {
        throw ProblemException.conflict("an export is not cancelled: its archive is deleted by itself when its "
                + "retention ends");
    }
}
