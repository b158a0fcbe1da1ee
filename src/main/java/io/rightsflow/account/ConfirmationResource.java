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
 * Asks for the address confirmation mail again. The answer is the same whatever the address (no
 * account, a confirmed one, an unconfirmed one), so that it tells nobody which addresses have an
 * account; only the address of an unconfirmed account gets a mail.
 */
@Path("/api/accounts/confirmation")
public class ConfirmationResource {

    static final String ASKED = "ConfirmationMailAsked";

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    public record Asked(String email) {
    }

    @POST
    @PermitAll
    @Transactional
    public Response resend(Asked body) {
        Account account = body == null || !Emails.looksValid(body.email()) ? null : Account.findByEmail(body.email());
        if (account != null && account.status == AccountStatus.UNCONFIRMED) {
            runtime.createMessageCorrelation(ASKED).processInstanceBusinessKey(account.id).correlateAllWithResult();
            audit.record("CONFIRMATION_MAIL_ASKED", "anonymous", null, null, "account=" + account.id);
        }
        return Response.accepted(Map.of("message", "If an account waits for the confirmation of this address, "
                + "a new link is on its way to it.")).build();
    }
}
