package io.rightsflow.independence;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.ApprovedAct;
import io.rightsflow.approval.PendingActRef;
import io.rightsflow.link.LinkAction.LinkRefused;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * An INDEPENDENCE an agent filed: independence.bpmn waits at Gateway_AwaitingSubject, and nothing
 * is mailed to the new address, until the holder approves. The act's target is the request.
 */
@ApplicationScoped
class IndependenceApproval implements ApprovedAct {

    static final String KIND = "INDEPENDENCE";
    static final String APPROVED = "IndependenceApproved";
    static final String NOT_APPROVED = "IndependenceNotApproved";

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Inject
    Links links;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    /** The holder decides where the profile goes, so the page names the new address. */
    @Override
    public String describe(PendingActRef act) {
        Independence independence = Independence.findById(act.target());
        return "give this profile its own account, with the address "
                + (independence == null || independence.newEmail == null ? "given" : independence.newEmail)
                + ", and move all its data there";
    }

    @Override
    public void approved(PendingActRef act) {
        ProfileRef profile = profiles.find(act.profileId());
        if (profile == null || !profile.isActive()) {
            throw new LinkRefused("This profile can no longer be made independent. Nothing was changed.");
        }
        Independence independence = Independence.findById(act.target());
        if (independence != null) {
            independence.approvedAt = Instant.now(clock);
        }
        try {
            runtime.createMessageCorrelation(APPROVED).processInstanceBusinessKey(act.target()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new LinkRefused("This request is no longer waiting for your answer (it was cancelled). Nothing was "
                    + "changed.");
        }
    }

    /** Refused or expired: the request ends cancelled, and the new address is forgotten. */
    @Override
    public void dropped(PendingActRef act) {
        try {
            runtime.createMessageCorrelation(NOT_APPROVED).processInstanceBusinessKey(act.target()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            return; // cancelled or erased meanwhile: it has ended already
        }
        links.revokeAll(act.target());
        Independence independence = Independence.findById(act.target());
        if (independence != null) {
            independence.newEmail = null;
        }
    }
}
