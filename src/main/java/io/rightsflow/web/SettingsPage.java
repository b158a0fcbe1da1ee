package io.rightsflow.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.core.Response;
import io.rightsflow.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The settings of the privacy guide, one entry per feature that owns the page behind it. */
@Path("/settings")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    @Inject
    @Location("web/settings.html")
    Template settings;

    @GET
    public Response show() {
        return Pages.html(settings.instance());
    }
}
