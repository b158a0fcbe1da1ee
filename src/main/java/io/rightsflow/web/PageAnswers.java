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
            response.setStatus(303);
            response.getHeaders().putSingle(HttpHeaders.LOCATION, "/login");
            if ("GET".equals(request.getMethod())) {
                String asked = request.getUriInfo().getRequestUri().getRawPath()
                        + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                                : "?" + request.getUriInfo().getRequestUri().getRawQuery());
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
