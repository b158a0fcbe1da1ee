package io.rightsflow.web;

import java.util.Map;

import io.rightsflow.security.SignInPage;
import io.rightsflow.system.Problem;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A refusal meant for the API (problem+json) that reaches a page becomes what a person can use: a
 * call that needs a sign-in goes to the sign-in page, which brings the person back; any other
 * refusal is a plain page with its words.
 */
public class PageAnswers {

    /** The header htmx sends with the calls it makes to refresh a part of a page. */
    static final String HTMX = "HX-Request";

    @Inject
    Pages pages;

    @ServerResponseFilter
    public void answerPeopleWithPages(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!Pages.isPage(path) || response.getMediaType() == null
                || !Problem.MEDIA_TYPE.equals(response.getMediaType().toString())) {
            return;
        }
        if (response.getStatus() == 401) {
            response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
            String asked = "GET".equals(request.getMethod()) ? asked(request) : null;
            if (request.getHeaderString(HTMX) != null) {
                // htmx would follow a 303 itself and put the sign-in page inside the part it refreshes:
                // it sends the whole window there instead, and back to the page (not the part) after
                response.setStatus(401);
                response.getHeaders().putSingle("HX-Redirect", "/login");
                asked = ownPath(request.getHeaderString("HX-Current-URL"));
            } else {
                response.setStatus(303);
                response.getHeaders().putSingle(HttpHeaders.LOCATION, "/login");
            }
            if (asked != null) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, Cookie.cookie(SignInPage.RETURN_TO, asked)
                        .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).encode());
            }
            response.setEntity(null);
            return;
        }
        Response page = pages.refusal(Response.Status.fromStatusCode(response.getStatus()) == null
                ? Response.Status.BAD_REQUEST : Response.Status.fromStatusCode(response.getStatus()), detail(response));
        response.setEntity(page.getEntity(), null, Pages.HTML);
    }

    private static String asked(ContainerRequestContext request) {
        java.net.URI uri = request.getUriInfo().getRequestUri();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The path and query of the page htmx says it is on; null for anything but a URL of any host. */
    private static String ownPath(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getRawPath() == null || !uri.getRawPath().startsWith("/") ? null
                    : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException | NullPointerException unreadable) {
            return null;
        }
    }

    private static String detail(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Problem problem) {
            return sentence(problem.detail());
        }
        if (entity instanceof Map<?, ?> map && map.get("detail") != null) {
            return sentence(map.get("detail").toString());
        }
        return "Something went wrong. Nothing was changed.";
    }

    private static String sentence(String detail) {
        if (detail == null || detail.isBlank()) {
            return "Something went wrong. Nothing was changed.";
        }
        String first = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
