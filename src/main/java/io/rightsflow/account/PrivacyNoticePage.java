package io.rightsflow.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The privacy notice in force (Art. 13), for anyone, signed in or not: the page sign-up links to. */
@Path(PrivacyNotice.PAGE)
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PrivacyNoticePage {

    @CheckedTemplate(basePath = "account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance privacyNotice(String version);
    }

    @Inject
    PrivacyNotice notice;

    @GET
    public Response show() {
        return Pages.html(Templates.privacyNotice(notice.version()));
    }
}
