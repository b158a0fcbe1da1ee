package io.rightsflow.web;

import java.util.Set;
import java.util.regex.Pattern;

import io.vertx.core.http.Cookie;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery stops here, before any page changes anything: every state-changing
 * call to a page must come from our own site (its Origin, or Referer, is the base URL's) and carry
 * the form token of {@link Csrf}. The session cookie is SameSite=Strict besides. Email links are
 * their own credential (the token in the path cannot be guessed), so they need no form token; a
 * foreign Origin is refused there too, while a client that sends neither header (a mail client,
 * curl) may follow them. So may a mail client's one-click unsubscribe (RFC 8058), whose link is its
 * credential too. The JSON API takes HTTP Basic only, which a browser never adds by itself.
 */
public class FormGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The unsubscribe link of marketing mails (unsubscribe.UnsubscribeResource): one path segment, its token. */
    private static final Pattern ONE_CLICK_PATH = Pattern.compile("/unsubscribe/[A-Za-z0-9_-]{1,100}");

    @Inject
    Csrf csrf;

    @Inject
    Pages pages;

    private final Origins origins;

    FormGuard(@ConfigProperty(name = "rightsflow.links.base-url") String baseUrl) {
        this.origins = new Origins(baseUrl);
    }

    @ServerRequestFilter(readBody = true)
    public Response refuseForgedForms(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || !Pages.isPage(path)) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        String referer = request.getHeaderString("Referer");
        if (path.startsWith("/links/") || oneClickUnsubscribe(request, path)) {
            return Origins.absent(origin, referer) || origins.isOwn(origin, referer) ? null : foreign();
        }
        if (!origins.isOwn(origin, referer)) {
            return foreign();
        }
        String token = formField(request, Csrf.FIELD);
        return csrf.accepts(token) ? null
                : pages.refusal(Response.Status.FORBIDDEN, "This form has expired or was not sent from this page, "
                        + "so nothing was changed. Go back, reload the page and send the form again.");
    }

    /**
     * A mail client's one-click unsubscribe (RFC 8058): a POST to the link of a marketing mail's
     * List-Unsubscribe header, with the body {@code List-Unsubscribe=One-Click} and no cookie, so no
     * form token. The token in the path is the proof, as for the email links; only that exact body on
     * that path passes, and the page's own form there still needs its form token.
     */
    private static boolean oneClickUnsubscribe(ResteasyReactiveContainerRequestContext request, String path) {
        return ONE_CLICK_PATH.matcher(path).matches() && "One-Click".equals(formField(request, "List-Unsubscribe"));
    }

    private static String formField(ResteasyReactiveContainerRequestContext request, String name) {
        Object value = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(name, true, false);
        return value == null ? null : value.toString();
    }

    @ServerResponseFilter
    public void setTokenCookie(ContainerResponseContext response) {
        if (response.getMediaType() != null && response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            csrf.token(); // draws the cookie's value if the page had no form

        }
        Cookie cookie = csrf.newCookie();
        if (cookie != null) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie.encode());
        }
    }

    private Response foreign() {
        return pages.refusal(Response.Status.FORBIDDEN, "This form was sent from another site, so nothing was "
                + "changed. Open Rightsflow at " + origins.own() + " and send it from there.");
    }
}
