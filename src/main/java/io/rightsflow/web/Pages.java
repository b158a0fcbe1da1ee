package io.rightsflow.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What the pages share: which calls are a person's, and the plain page that says no. */
@ApplicationScoped
public class Pages {

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    @Location("web/refusal.html")
    Template refusal;

    /** Calls to these paths are made by people in browsers: the pages and the email links. */
    public static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !"/api".equals(path) && !path.startsWith("/q/");
    }

    /** A plain page with the layout that says what went wrong and what to do; nothing was changed. */
    public Response refusal(Response.StatusType status, String detail) {
        return html(status, refusal.data("title", heading(status.getStatusCode())).data("detail", detail));
    }

    /** The refusal's heading in a person's words, not the HTTP reason phrase; the detail says what to do. */
    static String heading(int status) {
        return switch (status) {
            case 401, 403 -> "You cannot do this here";
            case 404 -> "We could not find this";
            case 409 -> "This clashes with something already under way";
            case 410 -> "This has expired";
            case 413 -> "This is too large";
            case 429 -> "Too many attempts";
            default -> status >= 500 ? "Something went wrong on our side" : "This could not be done as asked";
        };
    }

    /**
     * A page, written here on the page's worker thread. (Returned as a TemplateInstance, Qute would
     * write it later on the I/O thread, where the signed-in person cannot be looked up.)
     */
    public static Response html(TemplateInstance page) {
        return html(Response.Status.OK, page);
    }

    /** A page with another status, such as 400 for a form sent back with its errors. */
    public static Response html(Response.StatusType status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    /** After a form has done its work: to the page that shows the result (POST, redirect, GET). */
    public static Response seeOther(String path) {
        return Response.seeOther(java.net.URI.create(path)).build();
    }
}
