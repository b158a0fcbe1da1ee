package io.rightsflow.account;

import java.util.Map;

import io.rightsflow.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Asks for a password reset link. The answer is the same whether or not an account uses the
 * address, and comes about as fast: the mail is sent in the background (password-reset.bpmn), so
 * that the time of an SMTP delivery does not tell either.
 */
@Path("/api/password-resets")
public class PasswordResetResource {

    static final String PROCESS = "password-reset";

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    public record ResetAsked(String email) {
    }

    @POST
    @PermitAll
    @Transactional
    public Response ask(ResetAsked body) {
        Account account = body == null || !Emails.looksValid(body.email()) ? null : Account.findByEmail(body.email());
        if (account != null && account.status == AccountStatus.ACTIVE) {
            runtime.startProcessInstanceByKey(PROCESS, account.id, Map.of("accountId", account.id));
            audit.record("PASSWORD_RESET_ASKED", "anonymous", null, null, "account=" + account.id);
        }
        return Response.accepted(Map.of("message", "If an account uses this address, a link to choose a new "
                + "password is on its way to it.")).build();
    }
}
