package io.rightsflow.account;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.logging.Logger;

/**
 * Asks for the address confirmation mail again. The answer is the same whatever the address (no
 * account, a confirmed one, an unconfirmed one), so that it tells nobody which addresses have an
 * account; only the address of an unconfirmed account gets a mail.
 */
@Path("/api/accounts/confirmation")
public class ConfirmationResource {

    static final String ASKED = "ConfirmationMailAsked";
    private static final Logger LOG = Logger.getLogger(ConfirmationResource.class);

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    public record Asked(String email) {
    }

    @POST
    @PermitAll
    public Response resend(Asked body) {
        try {
            QuarkusTransaction.requiringNew().run(() -> ask(body));
        } catch (RuntimeException e) {
            if (!lostToTheMailStep(e)) {
                throw e;
            }
            // The first mail's step was committing at this very moment: that mail has just gone out.
            // Any other answer would tell that the address has an account.
            LOG.debug("a confirmation mail asked for again met the first one's step; not queued");
        }
        return Response.accepted(Map.of("message", "If an account waits for the confirmation of this address, "
                + "a new link is on its way to it.")).build();
    }

    private static boolean lostToTheMailStep(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    private void ask(Asked body) {
        Account account = body == null || !Emails.looksValid(body.email()) ? null : Account.findByEmail(body.email());
        if (account != null && account.status == AccountStatus.UNCONFIRMED) {
            runtime.createMessageCorrelation(ASKED).processInstanceBusinessKey(account.id).correlateAllWithResult();
            audit.record("CONFIRMATION_MAIL_ASKED", "anonymous", null, null, "account=" + account.id);
        }
    }
}
