package io.rightsflow.staff;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.PasswordRule;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
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
 * The admin's page of staff users: who they are, their role, whether they can sign in; creating
 * one, disabling and enabling, and setting a new password. Through {@link StaffAdministration}, as
 * /api/staff: the same rules refuse the same things, next to the field concerned, and change nothing.
 */
@Path("/staff")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class StaffPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The roles an admin chooses from, with what each may do, in the order the form offers them. */
    static final Map<String, String> ROLES = roles();

    @CheckedTemplate(basePath = "staff", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance staff(List<Row> users, NewUser entered, Map<String, String> errors,
                Map<String, String> roles, String usernameRule, String done);

        static native TemplateInstance password(Row user, String error);
    }

    /** One staff user as the page lists them; {@code problem} is a refusal of this row's last action. */
    public record Row(String username, String role, String roleWords, boolean enabled, String created, boolean you,
            String problem) {
    }

    /** What the admin typed into the creation form, shown again beside its errors (never the password). */
    public record NewUser(String username, String role) {
    }

    @Inject
    StaffAccounts staff;

    @Inject
    StaffAdministration administration;

    @Inject
    Caller caller;

    @GET
    public Response show(@QueryParam("created") String created, @QueryParam("disabled") String disabled,
            @QueryParam("enabled") String enabled, @QueryParam("reset") String reset) {
        List<Row> rows = rows(null, null);
        String done = done(created, disabled, enabled, reset);
        // the line names a user of the list, never any text a link could put into the address
        String named = created != null ? created : disabled != null ? disabled : enabled != null ? enabled : reset;
        boolean known = rows.stream().anyMatch(r -> r.username().equals(named));
        return Pages.html(Templates.staff(rows, new NewUser("", Roles.AGENT), Map.of(), ROLES,
                sentence(StaffAccounts.USERNAME_RULE), known ? done : null));
    }

    @POST
    public Response create(@RestForm String username, @RestForm String role, @RestForm String password) {
        String name = username == null ? null : username.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        StaffAccounts.problems(name, password, role).forEach((field, problem) -> errors.put(field, sentence(problem)));
        if (errors.isEmpty()) {
            try {
                administration.create(name, password, role);
                return Pages.seeOther("/staff?created=" + name);
            } catch (ProblemException refused) {
                // the username is taken (the API's 409); nothing was created
                errors.put("username", sentence(refused.getMessage()));
            }
        }
        return Pages.html(Response.Status.BAD_REQUEST, Templates.staff(rows(null, null), new NewUser(name, role), errors,
                ROLES, sentence(StaffAccounts.USERNAME_RULE), null));
    }

    @POST
    @Path("/{username}/disable")
    public Response disable(@PathParam("username") String username) {
        try {
            administration.disable(username);
            return Pages.seeOther("/staff?disabled=" + username);
        } catch (ProblemException refused) {
            if (refused.problem().status() == Response.Status.NOT_FOUND.getStatusCode()) {
                throw refused;
            }
            // the last enabled admin stays enabled; the row says why
            return Pages.html(Response.Status.CONFLICT, Templates.staff(rows(username, sentence(refused.getMessage())),
                    new NewUser("", Roles.AGENT), Map.of(), ROLES, sentence(StaffAccounts.USERNAME_RULE), null));
        }
    }

    @POST
    @Path("/{username}/enable")
    public Response enable(@PathParam("username") String username) {
        administration.enable(username);
        return Pages.seeOther("/staff?enabled=" + username);
    }

    @GET
    @Path("/{username}/password")
    public Response passwordForm(@PathParam("username") String username) {
        return Pages.html(Templates.password(row(username), null));
    }

    @POST
    @Path("/{username}/password")
    public Response resetPassword(@PathParam("username") String username, @RestForm String password) {
        Row user = row(username);
        String broken = PasswordRule.brokenRule(password);
        if (broken != null) {
            return Pages.html(Response.Status.BAD_REQUEST, Templates.password(user, sentence(broken)));
        }
        administration.resetPassword(username, password);
        return Pages.seeOther("/staff?reset=" + username);
    }

    private Row row(String username) {
        return rows(null, null).stream().filter(r -> r.username().equals(username)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("this staff user"));
    }

    private List<Row> rows(String refused, String problem) {
        return staff.list().stream().map(u -> new Row(u.username, u.role, ROLES.getOrDefault(u.role, u.role), u.enabled,
                u.createdAt == null ? "" : DATE.format(u.createdAt), u.username.equals(caller.username()),
                u.username.equals(refused) ? problem : null)).toList();
    }

    /** The line that says what the last action did, from the address it came back to. */
    private static String done(String created, String disabled, String enabled, String reset) {
        if (created != null) {
            return created + " can now sign in with the password you chose. Give it to them by a safe way.";
        }
        if (disabled != null) {
            return disabled + " is disabled: they can no longer sign in, and their next call is refused.";
        }
        if (enabled != null) {
            return enabled + " is enabled again and can sign in.";
        }
        if (reset != null) {
            return reset + " now signs in with the new password; the old one no longer works.";
        }
        return null;
    }

    private static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(Roles.AGENT, "Agent: works requests at the desk");
        roles.put(Roles.AUDITOR, "Auditor: reads requests and the audit chain in the console, changes nothing");
        roles.put(Roles.ADMIN, "Admin: manages staff users and watches operations");
        roles.put(Roles.COMPLIANCE_OFFICER, "Compliance officer: places and lifts legal holds that keep data from erasure");
        return roles;
    }

    private static String sentence(String problem) {
        String first = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
