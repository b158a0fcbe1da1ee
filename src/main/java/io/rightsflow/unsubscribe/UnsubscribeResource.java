package io.rightsflow.unsubscribe;

import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.consent.ConsentChannel;
import io.rightsflow.consent.Consents;
import io.rightsflow.consent.Purpose;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The unsubscribe link of the marketing mails. The token is the credential, so no sign-in. GET only
 * asks (mail scanners open links by themselves); POST withdraws the consent to direct marketing at
 * once, reviewed by nobody (Art. 7(3)): from the page's form, or as the one-click POST of RFC 8058
 * that a mail client sends without cookie or form token (web.FormGuard lets exactly that through).
 * Repeating it changes nothing more.
 */
@Path(UnsubscribeLinks.PATH + "{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    /** The audit trail's actor: whoever holds the mail's link. */
    static final String ACTOR = "unsubscribe-link";

    @CheckedTemplate(basePath = "unsubscribe", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance unsubscribe(boolean done);
    }

    @Inject
    UnsubscribeLinks links;

    @Inject
    Consents consents;

    @Inject
    Pages pages;

    @GET
    @Transactional
    public Response show(@PathParam("token") String token) {
        return links.holder(token).isPresent() ? Pages.html(Templates.unsubscribe(false)) : unknown();
    }

    /** Whatever the body (the page's form, or {@code List-Unsubscribe=One-Click}): FormGuard has judged it. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response unsubscribe(@PathParam("token") String token) {
        Optional<ProfileRef> holder = links.holder(token);
        if (holder.isEmpty()) {
            return unknown();
        }
        // its own transaction, committed before the page answers: the next mail step already finds it withdrawn
        consents.change(holder.get(), Purpose.DIRECT_MARKETING, false, ConsentChannel.UNSUBSCRIBE_LINK, ACTOR);
        return Pages.html(Templates.unsubscribe(true));
    }

    private Response unknown() {
        return pages.refusal(Response.Status.NOT_FOUND, "We do not know this unsubscribe link, or it has expired, so "
                + "nothing was changed. Use the link in a newer email from us, or sign in and switch tips and product "
                + "news off in your notification center (Settings, then Notification center).");
    }
}
