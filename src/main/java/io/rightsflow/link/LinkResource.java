package io.rightsflow.link;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.rightsflow.link.LinkAction.Description;
import io.rightsflow.link.LinkAction.FormRejected;
import io.rightsflow.link.LinkAction.LinkRefused;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages behind email links. The token is the credential, so no login. GET only describes
 * (mail scanners open links by themselves); the action happens on the page's POST.
 */
@Path("/links/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LinkResource {

    @Inject
    LinkFollower follower;

    @Inject
    @Location("link/page.html")
    Template page;

    @GET
    public Response show(@PathParam("token") String token) {
        try {
            LinkFollower.Outcome outcome = follower.look(token);
            if (outcome.download() != null) {
                return file(outcome.download());
            }
            return outcome.description() == null ? gone(outcome.state())
                    : render(200, outcome.description(), true);
        } catch (LinkRefused refused) {
            return refused(refused);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response follow(@PathParam("token") String token, @HeaderParam("Content-Type") String type, String body) {
        try {
            LinkFollower.Outcome outcome = follower.follow(token, Forms.parse(type, body));
            if (outcome.download() != null) {
                return file(outcome.download());
            }
            return outcome.description() == null ? gone(outcome.state())
                    : render(200, outcome.description(), false);
        } catch (FormRejected rejected) {
            LinkFollower.Outcome again = follower.look(token);
            return again.description() == null ? gone(again.state())
                    : render(400, again.description(), true, rejected.getMessage());
        } catch (LinkRefused refused) {
            return refused(refused);
        }
    }

    private Response refused(LinkRefused refused) {
        return render(409, new Description("This link cannot be used now", refused.getMessage(), null), false);
    }

    private static Response file(LinkDownload.Download download) {
        return Response.ok(download.body(), download.contentType())
                .header("Content-Length", download.sizeBytes())
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Response gone(Links.State state) {
        return switch (state) {
            case USED -> render(410, new Description("This link has already been used",
                    "Each link in our emails works once. Nothing was changed.", null), false);
            case EXPIRED -> render(410, new Description("This link has expired",
                    "The time to use this link is over. Nothing was changed.", null), false);
            default -> render(404, new Description("This link is not valid",
                    "We do not know this link. Check that you copied the whole address from the email. "
                            + "Nothing was changed.", null), false);
        };
    }

    private Response render(int status, Description description, boolean withButton) {
        return render(status, description, withButton, null);
    }

    private Response render(int status, Description description, boolean withButton, String problem) {
        String html = page.data("title", description.title())
                .data("text", description.text())
                .data("button", withButton ? description.button() : null)
                .data("asksPassword", withButton && description.asksPassword())
                .data("problem", problem)
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
