package io.rightsflow.independence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Making a secondary profile independent: the holder names the address of its new account, and
 * the INDEPENDENCE request is filed through {@link Requests} as POST /api/requests files it, with
 * its rules (secondary and active profiles only, one at a time, an address that looks like one).
 */
@Path("/account/profiles/{id}/independence")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class IndependencePage {

    static final String ADDRESS_REFUSED = "Enter the email address of the profile's new account, such as "
            + "name@example.com.";

    @CheckedTemplate(basePath = "independence", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance independence(ProfileRef profile, String newEmail, String error);
    }

    @Inject
    Profiles profiles;

    @Inject
    Requests requests;

    @Inject
    Pages pages;

    @GET
    public Response show(@PathParam("id") String id) {
        ProfileRef profile = profiles.visible(id);
        String notPossible = notPossible(profile);
        if (notPossible != null) {
            return pages.refusal(Status.CONFLICT, notPossible);
        }
        return Pages.html(Templates.independence(profile, null, null));
    }

    @POST
    public Response file(@PathParam("id") String id, @RestForm String newEmail) {
        ProfileRef profile = profiles.visible(id);
        try {
            requests.fileForCaller(new NewRequest(RequestType.INDEPENDENCE, id, null, null, null,
                    newEmail == null ? "" : newEmail, null, null, null, null, null));
        } catch (ProblemException refused) {
            int status = refused.problem().status();
            if (status == Status.BAD_REQUEST.getStatusCode()) {
                return Pages.html(Status.BAD_REQUEST, Templates.independence(profile, newEmail, ADDRESS_REFUSED));
            }
            if (status != Status.CONFLICT.getStatusCode()) {
                throw refused;
            }
            String notPossible = notPossible(profiles.visible(id));
            return pages.refusal(Status.CONFLICT, notPossible != null ? notPossible
                    : "This profile already has an independence request waiting for its new owner to confirm. "
                            + "Nothing was changed.");
        }
        return Pages.seeOther("/account?done=independence");
    }

    /** Why the profile cannot be made independent, in words, or null; the filing itself enforces it. */
    private static String notPossible(ProfileRef profile) {
        if (profile.main()) {
            return "The main profile stays with its account: only a secondary profile can be made independent. "
                    + "Nothing was changed.";
        }
        if (!profile.isActive()) {
            return "This profile is pending deletion: reactivate it first in account management to make it "
                    + "independent. Nothing was changed.";
        }
        return null;
    }
}
