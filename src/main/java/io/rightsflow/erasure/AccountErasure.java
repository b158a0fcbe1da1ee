package io.rightsflow.erasure;

import java.util.List;
import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.AccountStatus;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailSteps;
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

/**
 * ACCOUNT_ERASURE requests: account-erasure.bpmn (README, "How a request runs"). Only an account
 * whose secondary profiles are all gone (erased or made independent) can be erased; the person
 * changes their mind through customer service, who cancel the deletion at the desk.
 */
@ApplicationScoped
class AccountErasure implements RequestHandler {

    static final String PROCESS = "account-erasure";

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Inject
    ErasureSettings settings;

    @Inject
    Requests requests;

    @Override
    public RequestType type() {
        return RequestType.ACCOUNT_ERASURE;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.accountId() == null) {
            throw ProblemException.badRequest("accountId is required: the account to erase").with("field", "accountId");
        }
        AccountRef account = accounts.visible(body.accountId());
        if (account.status() != AccountStatus.ACTIVE) {
            throw requests.alreadyOpen(RequestType.ACCOUNT_ERASURE, "account:" + account.id(),
                    "account " + account.id() + " is already pending deletion");
        }
        List<ProfileRef> all = profiles.ofAccount(account.id());
        List<String> secondaries = secondaries(all).stream().map(ProfileRef::id).toList();
        if (!secondaries.isEmpty()) {
            throw ProblemException.conflict("account " + account.id() + " still has secondary profiles "
                    + String.join(", ", secondaries) + ": erase each one (PROFILE_ERASURE, and wait for its grace "
                    + "period to end) or make it independent (INDEPENDENCE) first");
        }
        return RequestSubject.profile(account.id(), all.get(0).id());
    }

    /**
     * The profiles that keep an account from being erased: its secondary profiles, active or still
     * pending deletion, until each is erased or made independent (the account page says so too).
     */
    List<ProfileRef> secondaries(String accountId) {
        return secondaries(profiles.ofAccount(accountId));
    }

    private static List<ProfileRef> secondaries(List<ProfileRef> all) {
        return all.stream().filter(p -> !p.main()).toList();
    }

    @Override
    public String exclusiveScope(RequestRef request) {
        return "account:" + request.accountId();
    }

    @Override
    public String start(RequestRef request) {
        // Ids only: the engine's history outlives the erasure, so it must hold no personal data.
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of(
                "requestId", request.id(),
                "accountId", request.accountId())).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        throw ProblemException.conflict("an account deletion is cancelled by customer service: an agent completes "
                + "the request's desk task with the decision " + DeletionCancellation.CANCEL_DELETION
                + " and the reason, before the grace period ends");
    }

    /** Only in the grace period: its process then waits for a refusal (ErasureRefusals). */
    @Override
    public String whyNotRefusable(RequestRef request) {
        return ErasureRefusals.whyNot(runtime, request);
    }

    @Override
    public String notice(RequestRef request) {
        return "The account can no longer be used. Until " + MailSteps.date(settings.graceEnds(request.receivedAt()))
                + " its data can still be saved: the email just sent to the account's address has a "
                + "'Get a copy of your data' link, which works without logging in. To keep the account, "
                + "contact customer service before then, quoting request " + request.id() + ".";
    }
}
