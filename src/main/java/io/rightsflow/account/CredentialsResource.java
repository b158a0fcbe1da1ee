package io.rightsflow.account;

import java.util.Map;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Passwords;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * What the owner of an account changes with their current password: the password itself, and the
 * address (confirmed at the new address, announced at the old one). Only the owner: an agent acts
 * for a subject, but never knows their password.
 */
@Path("/api/accounts/{accountId}")
public class CredentialsResource {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Links links;

    @Inject
    AddressChanges addressChanges;

    @Inject
    AuditTrail audit;

    public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    public record EmailChange(@NotNull String newEmail, @NotNull String password) {
    }

    @POST
    @Path("/password")
    @RolesAllowed(Roles.SUBJECT)
    @Transactional
    public Response changePassword(@PathParam("accountId") String accountId, @Valid @NotNull PasswordChange body) {
        Account account = owned(accountId, body.currentPassword());
        PasswordRule.require(body.newPassword());
        account.passwordHash = Passwords.hash(body.newPassword());
        links.revoke(accountId, PasswordResetLink.PURPOSE);
        audit.record("PASSWORD_CHANGED", caller.actor(), null, null, null);
        return Response.noContent().build();
    }

    @POST
    @Path("/email")
    @RolesAllowed(Roles.SUBJECT)
    @Transactional
    public Response changeEmail(@PathParam("accountId") String accountId, @Valid @NotNull EmailChange body) {
        Account account = owned(accountId, body.password());
        if (!Emails.looksValid(body.newEmail())) {
            throw ProblemException.badRequest("newEmail must be an address such as name@example.com");
        }
        if (Emails.normalise(body.newEmail()).equals(account.email)) {
            throw ProblemException.badRequest("newEmail is the address the account uses already");
        }
        addressChanges.ask(account, Emails.normalise(body.newEmail()));
        audit.record("ADDRESS_CHANGE_ASKED", caller.actor(), null, null, null);
        return Response.accepted(Map.of("message", "Follow the link we mailed to the new address to "
                + "confirm it; until then you log in with the current one. The current address is told.")).build();
    }

    /** The caller's own account, proven again with its password; 403 and nothing changed otherwise. */
    private Account owned(String accountId, String password) {
        accounts.visible(accountId);
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (!Passwords.matches(password, account.passwordHash)) {
            throw new ProblemException(Response.Status.FORBIDDEN,
                    "the current password is wrong: nothing was changed");
        }
        return account;
    }
}
