package io.rightsflow.approval;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Where an act an agent asked for stands: the agent follows it, the subject sees what was asked. */
@Path("/api/approvals/{actId}")
@RolesAllowed({ Roles.SUBJECT, Roles.AGENT, Roles.AUDITOR })
public class ApprovalResource {

    @Inject
    Caller caller;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActView(String actId, String kind, ActStatus status, String accountId, String profileId,
            String askedBy, String ticket, String reason, Instant askedAt, Instant expiresAt, Instant decidedAt) {
    }

    @GET
    @Transactional
    public ActView get(@PathParam("actId") String actId) {
        PendingAct act = actId == null ? null : PendingAct.findById(actId);
        boolean staff = !caller.isSubject();
        if (act == null || !(staff || act.accountId.equals(caller.accountId()))) {
            throw ProblemException.notFound("act " + actId);
        }
        return new ActView(act.id, act.kind, act.status, act.accountId, act.profileId, staff ? act.askedBy : null,
                act.ticket, act.reason, act.createdAt, act.expiresAt, act.decidedAt);
    }
}
