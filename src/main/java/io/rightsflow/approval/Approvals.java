package io.rightsflow.approval;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.RuntimeService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Acts that an agent may only ask for: each waits, in approval.bpmn, for the subject's answer to
 * a link mailed to the account's own address. The subject's own calls never come here.
 */
@Named
@ApplicationScoped
public class Approvals {

    static final String PROCESS = "approval";
    static final String APPROVED = "ActApproved";
    static final String REFUSED = "ActRefused";
    static final String WITHDRAWN = "ActWithdrawn";
    private static final String OPEN_KEY = "pending_act_open_key_unique";
    private static final int MAX_TICKET = 100;
    private static final int MAX_REASON = 500;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    RuntimeService runtime;

    @Inject
    Clock clock;

    @Inject
    ActDecisions decisions;

    @ConfigProperty(name = "rightsflow.approval.validity", defaultValue = "P7D")
    Duration validity;

    /** What an agent is told about an act that waits: 202 with this, and where to follow it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Waiting(String actId, String kind, ActStatus status, String profileId, Instant expiresAt,
            String detail) {
    }

    /** A newly asked act, or the one already waiting for the same thing (a second click files nothing). */
    public record Asked(PendingActRef act, boolean isNew) {
    }

    /**
     * Files the act (or finds the identical one waiting) and starts its wait. {@code target} names
     * what it is about within the profile (a viewer account, a partner, a device): one open act per
     * kind, profile and target. {@code ticket} and {@code reason} are the agent's, shown to the subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Asked ask(String kind, ProfileRef profile, String target, String arguments, String ticket, String reason) {
        if (ticket == null || ticket.isBlank() || ticket.strip().length() > MAX_TICKET) {
            throw ProblemException.badRequest("ticket is required when an agent asks for this: the customer-service "
                    + "ticket (at most " + MAX_TICKET + " characters); the subject is asked to approve it")
                    .with("field", "ticket");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw ProblemException.badRequest("reason is required when an agent asks for this: why, in words the "
                    + "subject reads in the approval mail (at most " + MAX_REASON + " characters)")
                    .with("field", "reason");
        }
        String openKey = kind + ":" + profile.id() + ":" + target;
        PendingAct waiting = PendingAct.find("openKey", openKey).firstResult();
        if (waiting != null) {
            return new Asked(PendingActRef.of(waiting), false);
        }
        PendingAct act = new PendingAct();
        act.id = UUID.randomUUID().toString();
        act.kind = kind;
        act.accountId = profile.accountId();
        act.profileId = profile.id();
        act.target = target;
        act.arguments = arguments;
        act.askedBy = caller.actor();
        act.ticket = ticket.strip();
        act.reason = reason.strip();
        act.status = ActStatus.AWAITING_SUBJECT;
        act.createdAt = Instant.now(clock);
        act.expiresAt = act.createdAt.plus(validity);
        act.openKey = openKey;
        try {
            act.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, OPEN_KEY)) {
                throw ProblemException.conflict("the same act was asked for at this very moment; it waits for the "
                        + "subject's approval, see GET /api/approvals");
            }
            throw e;
        }
        audit.record("ACT_ASKED", act.askedBy, null, act.profileId,
                "act=" + act.id + " kind=" + kind + " ticket=" + act.ticket);
        runtime.startProcessInstanceByKey(PROCESS, act.id, Map.of("actId", act.id));
        return new Asked(PendingActRef.of(act), true);
    }

    /**
     * The request an act belongs to ended before the subject answered (refused at the desk,
     * cancelled): the act waiting for this kind and target is withdrawn, its links stop working.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(String kind, String target, String actor) {
        decisions.withdraw(kind, target, actor);
    }

    /** The 202 answer for an act that waits for the subject. */
    public static Response accepted(PendingActRef act) {
        return Response.accepted(new Waiting(act.id(), act.kind(), act.status(), act.profileId(), act.expiresAt(),
                "nothing is done until the account holder approves it through the link mailed to the account's "
                        + "address; follow it with GET /api/approvals/" + act.id()))
                .location(URI.create("/api/approvals/" + act.id())).build();
    }

    /** approval.bpmn's timer: {@code ${approvals.expiresAt(actId)}}. */
    public Date expiresAt(String actId) {
        PendingAct act = PendingAct.findById(actId);
        return Date.from(act.expiresAt);
    }
}
