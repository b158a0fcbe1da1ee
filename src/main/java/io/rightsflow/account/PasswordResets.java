package io.rightsflow.account;

import java.util.Map;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Asks for a password reset link, for the API and the pages. The caller hears the same whether or
 * not an account uses the address, about as fast: the mail is sent in the background
 * (password-reset.bpmn), so that the time of an SMTP delivery does not tell either.
 */
@ApplicationScoped
public class PasswordResets {

    static final String PROCESS = "password-reset";
    /** The one answer, whatever the address. */
    public static final String ANSWER = "If an account uses this address, a link to choose a new password is on "
            + "its way to it.";

    @Inject
    RuntimeService runtime;

    @Inject
    AuditTrail audit;

    @Transactional
    public void ask(String email) {
        Account account = !Emails.looksValid(email) ? null : Account.findByEmail(email);
        if (account != null && account.status == AccountStatus.ACTIVE) {
            runtime.startProcessInstanceByKey(PROCESS, account.id, Map.of("accountId", account.id));
            audit.record("PASSWORD_RESET_ASKED", "anonymous", null, null, "account=" + account.id);
        }
    }
}
