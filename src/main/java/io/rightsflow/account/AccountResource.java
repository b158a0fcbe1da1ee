package io.rightsflow.account;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

@Path("/api/accounts")
public class AccountResource {

    /** The constraint of V1__accounts.sql that keeps one account per address. */
    static final String EMAIL_UNIQUE = SignUps.EMAIL_UNIQUE;

    @Inject
    Profiles profiles;

    @Inject
    SignUps signUps;

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    public record NewAccount(@NotBlank String email, @NotNull String password,
            @NotBlank @Size(max = SignUps.PROFILE_NAME_MAX) String profileName, Units units, String acceptedNotice) {
    }

    public record Created(String accountId, String mainProfileId) {
    }

    /** A secondary profile; {@code birthYear} optional, from 1900 to this year: it tells a child's profile (Art. 8). */
    public record NewProfile(@NotBlank @Size(max = SignUps.PROFILE_NAME_MAX) String name, Integer birthYear) {
    }

    public record ProfileCreated(String profileId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileView(String profileId, String name, boolean main, ProfileStatus status, Integer birthYear) {
    }

    public record AccountView(String accountId, String email, Units units, AccountStatus status,
            List<ProfileView> profiles) {
    }

    @POST
    @PermitAll
    public Response create(@Valid @NotNull NewAccount body) {
        SignUps.Created created = signUps.signUp(body.email(), body.password(), body.profileName(), body.units(),
                body.acceptedNotice());
        return Response.created(URI.create("/api/accounts/" + created.accountId()))
                .entity(new Created(created.accountId(), created.mainProfileId())).build();
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT, Roles.AUDITOR })
    public AccountView get(@PathParam("accountId") String accountId) {
        AccountRef account = accounts.visible(accountId);
        List<ProfileView> views = Profile.ofAccount(accountId).stream()
                .map(p -> new ProfileView(p.id, p.name, p.main, p.status, p.birthYear)).toList();
        return new AccountView(account.id(), account.email(), account.units(), account.status(), views);
    }

    @POST
    @Path("/{accountId}/profiles")
    @RolesAllowed({ Roles.SUBJECT, Roles.AGENT })
    @Transactional
    public Response addProfile(@PathParam("accountId") String accountId, @Valid @NotNull NewProfile body) {
        accounts.visible(accountId);
        Profile profile = profiles.createSecondary(accountId, body.name(), body.birthYear(), caller.actor());
        return Response.created(URI.create("/api/profiles/" + profile.id))
                .entity(new ProfileCreated(profile.id)).build();
    }
}
