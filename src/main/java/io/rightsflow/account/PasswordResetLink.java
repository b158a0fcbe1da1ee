package io.rightsflow.account;

import java.util.Map;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction;
import io.rightsflow.link.Links;
import io.rightsflow.security.Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * The link of the password reset mail (its request id is the account's id): its page asks for a
 * new password, which replaces the old one in the link's transaction. A password that breaks the
 * rule brings the page back with the rule, and the link stays usable.
 */
@ApplicationScoped
class PasswordResetLink implements LinkAction {

    static final String PURPOSE = "password-reset";

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String accountId) {
        return new Description("Choose a new password",
                "Choose the new password of your Rightsflow account. It replaces the old one at once.",
                "Set my new password", true);
    }

    @Override
    public Description perform(String accountId) {
        throw new FormRejected("Choose a password and repeat it.");
    }

    @Override
    public Description perform(String accountId, Map<String, String> form) {
        String password = PasswordForm.password(form);
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            throw new LinkRefused("This account is closed or waiting for its deletion: its password cannot be "
                    + "changed. Nothing was changed.");
        }
        account.passwordHash = Passwords.hash(password);
        // Any other reset link mailed before this one is spent too.
        links.revoke(accountId, PURPOSE);
        audit.record("PASSWORD_RESET", "link", null, null, "account=" + accountId);
        return new Description("Your password is changed",
                "Log in with your email address and your new password.", null);
    }
}
