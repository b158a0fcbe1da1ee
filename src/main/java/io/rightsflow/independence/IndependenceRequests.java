package io.rightsflow.independence;

import java.util.Map;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.Approvals;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.request.Channel;
import io.rightsflow.security.Caller;
import io.rightsflow.link.Links;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/** INDEPENDENCE requests: independence.bpmn asks the new owner to confirm by setting a password. */
@ApplicationScoped
class IndependenceRequests implements RequestHandler {

    @Inject
    Accounts accounts;

    static final String PROCESS = "independence";
    static final String CANCELLED = "IndependenceCancelled";

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Approvals approvals;

    @Override
    public RequestType type() {
        return RequestType.INDEPENDENCE;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.profileId() == null || body.newEmail() == null) {
            throw ProblemException.badRequest("profileId (a secondary profile) and newEmail (the address of its new "
                    + "account) are required").with("field", body.profileId() == null ? "profileId" : "newEmail");
        }
        ProfileRef profile = profiles.active(body.profileId());
        if (profile.main()) {
            throw ProblemException.conflict("the main profile stays with its account; only a secondary profile can "
                    + "be made independent");
        }
        if (!accounts.looksLikeEmail(body.newEmail())) {
            throw ProblemException.badRequest("newEmail must be an address such as name@example.com")
                    .with("field", "newEmail");
        }
        // Whether newEmail has an account is not told here (the answer would say who has one): the
        // confirmation mail tells the address's owner instead, and the request expires unconfirmed.
        if (Independence.count("profileId = ?1 and newEmail is not null", profile.id()) > 0) {
            throw ProblemException.conflict("profile " + profile.id() + " already has an independence request waiting "
                    + "for confirmation; cancel it first");
        }
        RequestSubject subject = RequestSubject.profile(profile.accountId(), profile.id());
        Independence independence = new Independence();
        independence.requestId = requestId;
        independence.profileId = profile.id();
        independence.newEmail = body.newEmail().strip();
        independence.persist();
        if (!caller.isSubject()) {
            // The profile would leave the holder's account: an agent's request waits for the holder's approval.
            if (body.statement() == null || body.statement().isBlank()) {
                throw ProblemException.badRequest("statement is required when an agent files an independence: why, "
                        + "in words the account holder reads when asked to approve it").with("field", "statement");
            }
            approvals.ask(IndependenceApproval.KIND, profile, requestId, null, body.ticket(), body.statement());
        }
        return subject;
    }

    @Override
    public String exclusiveScope(RequestRef request) {
        return "profile:" + request.profileId();
    }

    @Override
    public String start(RequestRef request) {
        // Ids only: the new address stays in the independence record.
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of(
                "requestId", request.id(), "profileId", request.profileId(), "accountId", request.accountId(),
                "filedByAgent", request.channel() == Channel.CUSTOMER_SERVICE)).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        links.revokeAll(request.id());
        try {
            runtime.createMessageCorrelation(CANCELLED).processInstanceBusinessKey(request.id()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw ProblemException.conflict("request " + request.id() + " is no longer waiting for confirmation");
        }
        Independence independence = Independence.findById(request.id());
        independence.newEmail = null;
        approvals.withdraw(IndependenceApproval.KIND, request.id(), actor);
        audit.record("INDEPENDENCE_CANCELLED", actor, request.id(), request.profileId(), null);
    }

    /** A refused independence forgets the new address, as a cancelled one does; the holder is no longer asked. */
    @Override
    public void refused(RequestRef request) {
        Independence independence = Independence.findById(request.id());
        if (independence != null) {
            independence.newEmail = null;
        }
        approvals.withdraw(IndependenceApproval.KIND, request.id(), AuditTrail.SYSTEM);
    }

    /** While its process waits for the cancellation message that {@link #cancel} sends. */
    @Override
    public boolean cancellable(RequestRef request) {
        return request.isOpen() && runtime.createEventSubscriptionQuery().eventType("message").eventName(CANCELLED)
                .processInstanceId(request.processInstanceId()).count() > 0;
    }
}
