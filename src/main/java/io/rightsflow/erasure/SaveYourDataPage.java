package io.rightsflow.erasure;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Where the "deletion scheduled" mail's save-your-data link leads: until exports exist, a page
 * that says how to ask for one.
 */
@Path(SaveYourDataPage.PATH)
@PermitAll
public class SaveYourDataPage {

    static final String PATH = "/erasure/save-your-data";

    @Inject
    @Location("erasure/save-your-data.html")
    Template page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        return page.render();
    }
}
