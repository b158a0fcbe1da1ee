package io.rightsflow.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.workflow.EngineRaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.logging.Logger;

/**
 * Sends the address confirmation mail again, for the API and the pages. Whatever the address (no
 * account, a confirmed one, an unconfirmed one) the caller learns nothing: only the address of an
 * unconfirmed account gets a mail.
 */
@ApplicationScoped
public class ConfirmationMails {

    static final String ASKED = "ConfirmationMailAsked";
    /** The one answer, whatever the address. */
    public static final String ANSWER = "If an account waits for the confirmation of this address, "
            + "a new link is on its way to it.";
    private static final Logger LOG = Logger.getLogger(ConfirmationMails.class);

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    public void resend(String email) {
        try {
            QuarkusTransaction.requiringNew().run(() -> ask(email));
        } catch (RuntimeException e) {
            if (!EngineRaces.lostARace(e)) {
                throw e;
            }
            // The first mail's step was committing at this very moment: that mail has just gone out.
            // Any other answer would tell that the address has an account.
            LOG.debug("a confirmation mail asked for again met the first one's step; not queued");
        }
    }

    private void ask(String email) {
        Account account = !Emails.looksValid(email) ? null : Account.findByEmail(email);
        if (account != null && account.status == AccountStatus.UNCONFIRMED) {
            runtime.createMessageCorrelation(ASKED).processInstanceBusinessKey(account.id).correlateAllWithResult();
            audit.record("CONFIRMATION_MAIL_ASKED", "anonymous", null, null, "account=" + account.id);
        }
    }
}
