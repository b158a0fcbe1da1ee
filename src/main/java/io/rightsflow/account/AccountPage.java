package io.rightsflow.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The account management screen: every profile of the account with its status, and what can be
 * done with it. The actions are the erasure and independence features' pages, which file through
 * the same services as the API; this page only lists and links.
 */
@Path("/account")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    /** What the page says after an action sent the person back here ({@code ?done=}), in fixed words. */
    static final Map<String, String> DONE = Map.of(
            "deletion", "The profile is pending deletion. It is hidden now and will be deleted for good in seven days; "
                    + "until then you can reactivate it here or from the email we sent you.",
            "reactivated", "The profile is active again, exactly as it was.",
            "renamed", "The profile has its new name.",
            "added", "The profile is added.",
            "independence", "We sent an email to the new address. The profile moves to its own account once its "
                    + "owner confirms with the link in that email; until then nothing changes.");

    @CheckedTemplate(basePath = "account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance account(List<ProfileRef> profiles, boolean hasSecondaries, String done,
                NewProfile added, Map<String, String> errors);

        static native TemplateInstance profileName(ProfileRef profile, String name, String error);
    }

    @Inject
    ProfileNames names;

    @Inject
    Profiles profiles;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** What was typed into the form to add a profile, given back with its errors. */
    public record NewProfile(String name, String birthYear) {
    }

    @GET
    public Response show(@QueryParam("done") String done) {
        return page(Response.Status.OK, done == null ? null : DONE.get(done), new NewProfile(null, null), Map.of());
    }

    /** A family member's profile, with the year of birth when given: a child's takes the holder's consent (Art. 8). */
    @POST
    @Path("/profiles")
    public Response add(@RestForm String name, @RestForm String birthYear) {
        Map<String, String> errors = new LinkedHashMap<>();
        String nameProblem = ProfileNames.problem(name);
        if (nameProblem != null) {
            errors.put("name", name == null || name.isBlank() ? "Enter the profile's name."
                    : "Use at most " + SignUps.PROFILE_NAME_MAX + " characters.");
        }
        Integer year = null;
        int thisYear = BirthYears.thisYear(clock);
        if (birthYear != null && !birthYear.isBlank()) {
            year = birthYear.strip().matches("\\d{4}") ? Integer.valueOf(birthYear.strip()) : null;
            if (year == null || BirthYears.problem(year, thisYear) != null) {
                errors.put(BirthYears.FIELD, "Enter the year as four digits, from " + BirthYears.EARLIEST + " to "
                        + thisYear + ", or leave it empty.");
            }
        }
        if (!errors.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, null, new NewProfile(name, birthYear), errors);
        }
        profiles.createSecondary(caller.accountId(), name, year, caller.actor());
        return Pages.seeOther("/account?done=added");
    }

    private Response page(Response.Status status, String done, NewProfile added, Map<String, String> errors) {
        List<ProfileRef> all = profiles.ofAccount(caller.accountId());
        boolean hasSecondaries = all.stream().anyMatch(p -> !p.main());
        return Pages.html(status, Templates.account(all, hasSecondaries, done, added, errors));
    }

    /** The form to rename a profile of one's own; the change is immediate (no request). */
    @GET
    @Path("/profiles/{id}/name")
    public Response nameForm(@PathParam("id") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        return Pages.html(Templates.profileName(profile, profile.name(), null));
    }

    @POST
    @Path("/profiles/{id}/name")
    public Response rename(@PathParam("id") String profileId, @RestForm String name) {
        ProfileRef profile = profiles.visible(profileId);
        String problem = ProfileNames.problem(name);
        if (problem != null) {
            return Pages.html(Response.Status.BAD_REQUEST, Templates.profileName(profile, name,
                    name == null || name.isBlank() ? "Enter the profile's new name."
                            : "Use at most " + SignUps.PROFILE_NAME_MAX + " characters."));
        }
        names.rename(profile.id(), name);
        return Pages.seeOther("/account?done=renamed");
    }
}
