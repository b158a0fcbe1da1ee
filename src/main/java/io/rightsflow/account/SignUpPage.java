package io.rightsflow.account;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
import io.rightsflow.web.Viewer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Sign-up in the browser, through the same {@link SignUps} as the API: the password rule is shown
 * before a password is chosen, and a refusal names the rule broken next to its field. Then the
 * pages that wait for the address to be confirmed, with the confirmation mail sent again on demand.
 */
@Path("/signup")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignUpPage {

    @CheckedTemplate(basePath = "account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance signUp(String email, String profileName, Map<String, String> errors,
                String passwordRule, String noticeVersion);

        static native TemplateInstance signUpSent();

        static native TemplateInstance signUpUnconfirmed(boolean signedIn, boolean sent, String answer);
    }

    @Inject
    SignUps signUps;

    @Inject
    ConfirmationMails confirmations;

    @Inject
    Viewer viewer;

    @Inject
    Caller caller;

    @Inject
    PrivacyNotice notice;

    @GET
    public Response show() {
        if (viewer.isSignedIn()) {
            return Pages.seeOther("/");
        }
        return Pages.html(Templates.signUp(null, null, Map.of(), PasswordRule.IN_WORDS, notice.version()));
    }

    @POST
    public Response signUp(@RestForm String email, @RestForm String password, @RestForm String profileName,
            @RestForm String acceptedNotice) {
        Map<String, String> errors = new LinkedHashMap<>();
        SignUps.problems(email, password, profileName, null).forEach((field, problem) -> errors.put(field, sentence(problem)));
        // the box names the version shown: one that changed while the page was open is asked again
        String noticeProblem = signUps.noticeProblem(acceptedNotice, true);
        if (noticeProblem != null) {
            errors.put(SignUps.ACCEPTED_NOTICE, sentence(noticeProblem));
        }
        if (errors.isEmpty()) {
            try {
                signUps.signUp(email.strip(), password, profileName, null, acceptedNotice);
                return Pages.seeOther("/signup/sent");
            } catch (ProblemException refused) {
                // the address has an account already (the API says so too); nothing was created
                errors.put(SignUps.EMAIL, sentence(refused.getMessage()));
            }
        }
        return Pages.html(Response.Status.BAD_REQUEST,
                Templates.signUp(email, profileName, errors, PasswordRule.IN_WORDS, notice.version()));
    }

    @GET
    @Path("sent")
    public Response sent() {
        return Pages.html(Templates.signUpSent());
    }

    @GET
    @Path("unconfirmed")
    public Response unconfirmed(@QueryParam("sent") boolean sent) {
        return Pages.html(Templates.signUpUnconfirmed(viewer.isSignedIn(), sent, ConfirmationMails.ANSWER));
    }

    /** The signed-in person's own address, or the one typed in by someone who is not signed in. */
    @POST
    @Path("confirmation")
    public Response resend(@RestForm String email) {
        confirmations.resend(viewer.isSignedIn() ? caller.username() : email);
        return Pages.seeOther("/signup/unconfirmed?sent=true");
    }

    private static String sentence(String problem) {
        String first = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
