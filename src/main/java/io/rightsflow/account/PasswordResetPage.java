package io.rightsflow.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.web.Pages;
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
 * Asks for a link to choose a new password, through the same {@link PasswordResets} as the API:
 * the answer is the same whether or not an account uses the address. The mailed link's page is
 * the link feature's.
 */
@Path("/password-reset")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PasswordResetPage {

    @CheckedTemplate(basePath = "account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance passwordReset(boolean sent, String answer);
    }

    @Inject
    PasswordResets resets;

    @GET
    public Response show(@QueryParam("sent") boolean sent) {
        return Pages.html(Templates.passwordReset(sent, PasswordResets.ANSWER));
    }

    @POST
    public Response ask(@RestForm String email) {
        resets.ask(email == null ? null : email.strip());
        return Pages.seeOther("/password-reset?sent=true");
    }
}
