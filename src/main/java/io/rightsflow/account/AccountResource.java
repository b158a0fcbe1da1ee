package io.rightsflow.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Passwords;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.RuntimeService;

@Path("/api/accounts")
public class AccountResource {

    /** The constraint of V1__accounts.sql that keeps one account per address. */
    static final String EMAIL_UNIQUE = "account_email_unique";
    static final String SIGN_UP = "sign-up";

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RuntimeService runtime;

    public record NewAccount(@NotBlank String email, @NotNull String password,
            @NotBlank @Size(max = 100) String profileName, Units units) {
    }

    public record Created(String accountId, String mainProfileId) {
    }

    public record NewProfile(@NotBlank @Size(max = 100) String name) {
    }

    public record ProfileCreated(String profileId) {
    }

    public record ProfileView(String profileId, String name, boolean main, ProfileStatus status) {
    }

    public record AccountView(String accountId, String email, Units units, AccountStatus status,
            List<ProfileView> profiles) {
    }

    @POST
    @PermitAll
    @Transactional
    public Response create(@Valid @NotNull NewAccount body) {
        if (!Emails.looksValid(body.email())) {
            throw ProblemException.badRequest("email must be an address such as name@example.com");
        }
        PasswordRule.require(body.password());
        Units units = body.units() == null ? Units.defaults() : body.units();
        if (units.problem() != null) {
            throw ProblemException.badRequest(units.problem());
        }
        if (Account.findByEmail(body.email()) != null) {
            throw emailTaken();
        }
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.email = Emails.normalise(body.email());
        account.passwordHash = Passwords.hash(body.password());
        account.units = units;
        // Unconfirmed until its owner follows the link mailed to the address (sign-up.bpmn).
        account.status = AccountStatus.UNCONFIRMED;
        account.createdAt = Instant.now(clock);
        try {
            // Two sign-ups with one address at once both pass the check above: the unique constraint
            // decides, and flushing here lets the loser hear it as a conflict rather than at commit.
            account.persistAndFlush();
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, EMAIL_UNIQUE)) {
                throw emailTaken();
            }
            throw e;
        }
        Profile main = profiles.create(account.id, body.profileName().strip(), true);
        audit.record("ACCOUNT_CREATED", "subject:" + account.id, null, main.id, "profiles=1");
        runtime.startProcessInstanceByKey(SIGN_UP, account.id, Map.of("accountId", account.id));
        return Response.created(URI.create("/api/accounts/" + account.id))
                .entity(new Created(account.id, main.id)).build();
    }

    /** Never names the address: it would reach whoever tries one, and the logs. */
    private static ProblemException emailTaken() {
        return ProblemException.conflict("an account with this email already exists: log in, or use another address");
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT, Roles.AUDITOR })
    public AccountView get(@PathParam("accountId") String accountId) {
        AccountRef account = accounts.visible(accountId);
        List<ProfileView> views = Profile.ofAccount(accountId).stream()
                .map(p -> new ProfileView(p.id, p.name, p.main, p.status)).toList();
        return new AccountView(account.id(), account.email(), account.units(), account.status(), views);
    }

    @POST
    @Path("/{accountId}/profiles")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
    @Transactional
    public Response addProfile(@PathParam("accountId") String accountId, @Valid @NotNull NewProfile body) {
        accounts.visible(accountId);
        if (accounts.isClosing(accountId)) {
            throw ProblemException.conflict("account " + accountId + " is pending deletion: no profile can be added "
                    + "unless customer service cancels the deletion");
        }
        Profile profile = profiles.create(accountId, body.name().strip(), false);
        audit.record("PROFILE_CREATED", caller.actor(), null, profile.id, "main=false");
        return Response.created(URI.create("/api/profiles/" + profile.id))
                .entity(new ProfileCreated(profile.id)).build();
    }
}
