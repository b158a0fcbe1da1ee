package io.rightsflow.web;

import java.util.Set;

import io.vertx.core.http.Cookie;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery stops here, before any page changes anything: every state-changing
 * call to a page must come from our own site (its Origin, or Referer, is the base URL's) and carry
 * the form token of {@link Csrf}. The session cookie is SameSite=Strict besides. Email links are
 * their own credential (the token in the path cannot be guessed), so they need no form token; a
 * foreign Origin is refused there too, while a client that sends neither header (a mail client,
 * curl) may follow them. The JSON API takes HTTP Basic only, which a browser never adds by itself.
 */
public class FormGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

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
        if (path.startsWith("/links/")) {
            return Origins.absent(origin, referer) || origins.isOwn(origin, referer) ? null : foreign();
        }
        if (!origins.isOwn(origin, referer)) {
            return foreign();
        }
        Object token = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(Csrf.FIELD, true, false);
        return csrf.accepts(token == null ? null : token.toString()) ? null
                : pages.refusal(Response.Status.FORBIDDEN, "This form has expired or was not sent from this page, "
                        + "so nothing was changed. Go back, reload the page and send the form again.");
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
