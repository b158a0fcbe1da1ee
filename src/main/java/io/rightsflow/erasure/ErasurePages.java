package io.rightsflow.erasure;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.mail.MailSteps;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * Deleting a profile or the whole account, and reactivating a profile, from the account screen.
 * Every change is filed through {@link Requests} and {@link Reactivation}, as POST /api/requests
 * and POST /api/profiles/{id}/reactivation do: the rules (main profile, secondaries first, one
 * erasure at a time) are theirs, and this page only says their refusals in words.
 */
@Path("/account")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class ErasurePages {

    static final String NOTHING_CHANGED = " Nothing was changed.";

    @CheckedTemplate(basePath = "erasure", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance profileDeletion(ProfileRef profile);

        static native TemplateInstance accountDeletion(List<ProfileRef> profiles, List<ProfileRef> secondaries);

        static native TemplateInstance accountDeletionScheduled(String deletionAt, String requestId);
    }

    @Inject
    Profiles profiles;

    @Inject
    Requests requests;

    @Inject
    Reactivation reactivation;

    @Inject
    AccountErasure accountErasure;

    @Inject
    ErasureSettings settings;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    @GET
    @Path("/profiles/{id}/deletion")
    public Response confirmProfileDeletion(@PathParam("id") String id) {
        ProfileRef profile = profiles.visible(id);
        if (profile.main()) {
            return Pages.seeOther("/account/deletion");
        }
        if (!profile.isActive()) {
            return pages.refusal(Status.CONFLICT, alreadyPending());
        }
        return Pages.html(Templates.profileDeletion(profile));
    }

    @POST
    @Path("/profiles/{id}/deletion")
    public Response deleteProfile(@PathParam("id") String id) {
        try {
            requests.fileForCaller(new NewRequest(RequestType.PROFILE_ERASURE, id, null, null, null, null, null, null,
                    null, null, null));
        } catch (ProblemException refused) {
            if (refused.problem().status() != Status.CONFLICT.getStatusCode()) {
                throw refused;
            }
            if (refused.extensions().containsKey("openRequestId")) {
                return pages.refusal(Status.CONFLICT, alreadyPending());
            }
            ProfileRef profile = profiles.visible(id);
            return pages.refusal(Status.CONFLICT, profile.main()
                    ? "The main profile cannot be deleted on its own: it is deleted with your whole account. Use "
                            + "Delete on the main profile in account management." + NOTHING_CHANGED
                    : sentence(refused.getMessage()));
        }
        return Pages.seeOther("/account?done=deletion");
    }

    @POST
    @Path("/profiles/{id}/reactivation")
    public Response reactivate(@PathParam("id") String id) {
        try {
            reactivation.ofProfile(id, caller.actor());
        } catch (ProblemException refused) {
            if (refused.problem().status() != Status.CONFLICT.getStatusCode()) {
                throw refused;
            }
            return pages.refusal(Status.CONFLICT, "There is nothing to reactivate right now: the profile is not "
                    + "pending deletion any more, its deletion is still being set up (try again in a minute), or its "
                    + "seven days are over." + NOTHING_CHANGED);
        }
        return Pages.seeOther("/account?done=reactivated");
    }

    @GET
    @Path("/deletion")
    public Response confirmAccountDeletion() {
        return accountDeletion(Status.OK);
    }

    @POST
    @Path("/deletion")
    public Response deleteAccount() {
        RequestRef filed;
        try {
            filed = requests.fileForCaller(new NewRequest(RequestType.ACCOUNT_ERASURE, null, caller.accountId(), null,
                    null, null, null, null, null, null, null));
        } catch (ProblemException refused) {
            if (refused.problem().status() != Status.CONFLICT.getStatusCode()) {
                throw refused;
            }
            if (!accountErasure.secondaries(caller.accountId()).isEmpty()) {
                // the page names the profiles that are in the way
                return accountDeletion(Status.CONFLICT);
            }
            return pages.refusal(Status.CONFLICT, refused.extensions().containsKey("openRequestId")
                    ? "Your account is already being deleted. To keep it, contact customer service by replying to "
                            + "the email we sent you." + NOTHING_CHANGED
                    : sentence(refused.getMessage()));
        }
        // Not a redirect: the account is closed from now on, so the next page would ask to sign in.
        return Pages.html(Templates.accountDeletionScheduled(MailSteps.date(settings.graceEnds(filed.receivedAt())),
                filed.id()));
    }

    private Response accountDeletion(Status status) {
        String accountId = caller.accountId();
        return Pages.html(status, Templates.accountDeletion(profiles.ofAccount(accountId),
                accountErasure.secondaries(accountId)));
    }

    private static String alreadyPending() {
        return "This profile is already pending deletion. You can reactivate it from account management until its "
                + "seven days are over." + NOTHING_CHANGED;
    }

    private static String sentence(String detail) {
        String first = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return (first.endsWith(".") ? first : first + ".") + NOTHING_CHANGED;
    }
}
