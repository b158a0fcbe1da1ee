package io.rightsflow.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The front page: a signed-in person goes on to their own pages (subject, agent, auditor, admin), anyone else is welcomed. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    Viewer viewer;

    @Inject
    @Location("web/home.html")
    Template home;

    @GET
    public Object show() {
        if (viewer.isSubject()) {
            return Pages.seeOther("/dashboard");
        }
        if (viewer.isAgent()) {
            return Pages.seeOther("/desk");
        }
        if (viewer.isAuditor()) {
            return Pages.seeOther("/console");
        }
        if (viewer.isComplianceOfficer()) {
            return Pages.seeOther("/holds");
        }
        if (viewer.isAdmin()) {
            return Pages.seeOther("/staff");
        }
        if (viewer.isUnconfirmed()) {
            return Pages.seeOther("/signup/unconfirmed");
        }
        return Pages.html(home.instance());
    }
}
