package io.rightsflow.camera;

import java.util.List;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The camera service stand-in's page: the requests it received (opaque ids only). */
@Path("/stand-in/camera-service")
@PermitAll
public class CameraServicePage {

    @Inject
    CameraServiceStandIn standIn;

    @Inject
    @Location("camera/camera-service.html")
    Template page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        standIn.standingIn();
        return Pages.html(page.data("received", List.copyOf(CameraServiceStandIn.RECEIVED)));
    }
}
