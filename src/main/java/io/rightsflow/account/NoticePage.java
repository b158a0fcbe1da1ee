package io.rightsflow.account;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
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
 * A holder whose account accepted an earlier version of the privacy notice (Art. 13), or none, is
 * brought here by {@link NoticeGate} to accept the one in force, and then goes on to the page asked for.
 */
@Path(NoticePage.ASK_AGAIN)
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class NoticePage {

    static final String ASK_AGAIN = "/account/notice";

    @CheckedTemplate(basePath = "account", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance noticeChanged(String version, String accepted, String then, String problem);
    }

    @Inject
    PrivacyNotice notice;

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @GET
    public Response askAgain(@QueryParam("then") String then) {
        Notices.Standing standing = notices.of(caller.accountId());
        if (standing.noticeCurrent()) {
            return Pages.seeOther(ownPath(then));
        }
        return Pages.html(Templates.noticeChanged(notice.version(), standing.noticeVersion(), ownPath(then), null));
    }

    /** The version comes from the page the person read: one that changed meanwhile is shown again, not accepted. */
    @POST
    public Response accept(@RestForm String version, @RestForm String then) {
        try {
            notices.accept(caller.accountId(), version, caller.actor());
        } catch (ProblemException stale) {
            return Pages.html(Response.Status.BAD_REQUEST, Templates.noticeChanged(notice.version(),
                    notices.of(caller.accountId()).noticeVersion(), ownPath(then),
                    "The privacy notice has changed again while this page was open: read version "
                            + notice.version() + " and accept it."));
        }
        return Pages.seeOther(ownPath(then));
    }

    /** Back to a page of ours (a path, never another site), or the front page. */
    static String ownPath(String then) {
        if (then == null || !then.startsWith("/") || then.startsWith("//") || then.startsWith("/\\")
                || then.startsWith(ASK_AGAIN)) {
            return "/";
        }
        try {
            URI.create(then);
            return then;
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
    }
}
