package io.rightsflow.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.rightsflow.security.Caller;
import io.rightsflow.web.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * After the privacy notice's version changed (Art. 13), a holder's next page asks again: a subject
 * whose account accepted another version, or none, is sent to {@link NoticePage} from any page it
 * opens, and comes back after accepting. Not the pages of the person's rights, which never wait for
 * a notice, nor forms sent from a page already open, nor the API ({@code GET /api/me} says
 * {@code noticeCurrent} there).
 */
class NoticeGate {

    /** The pages that stay open: the notice itself, signing in and out, mailed links (unsubscribing too), and the rights' pages. */
    static final List<String> OPEN = List.of(NoticePage.ASK_AGAIN, PrivacyNotice.PAGE, "/login", "/logout",
            "/signup", "/links/", "/unsubscribe/", "/requests", "/account", "/settings/download", "/settings/copy",
            "/settings/notifications", "/settings/partners", "/settings/shares", "/settings/camera");

    @Inject
    Caller caller;

    @Inject
    Notices notices;

    /** Runs after the sign-in is known and on the page's worker thread, where the account can be read. */
    @ServerRequestFilter
    public Response askAgain(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"GET".equals(request.getMethod()) || !Pages.isPage(path) || isOpen(path)
                || request.getHeaderString("HX-Request") != null || !caller.isSubject()
                || notices.isCurrent(caller.accountId())) {
            return null;
        }
        URI asked = request.getUriInfo().getRequestUri();
        String then = asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
        return Response.seeOther(URI.create(NoticePage.ASK_AGAIN + "?then="
                + URLEncoder.encode(then, StandardCharsets.UTF_8))).build();
    }

    static boolean isOpen(String path) {
        return OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open.endsWith("/") ? open : open + "/"));
    }
}
