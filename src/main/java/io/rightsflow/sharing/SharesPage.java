package io.rightsflow.sharing;

import java.util.Comparator;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.sharing.ShareResource.Viewer;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Manage my shares": who sees the dashboard of each of my profiles, and removing one of them at
 * once after a confirmation, through the same service as /api/profiles/{id}/shares.
 */
@Path("/settings/shares")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class SharesPage {

    /** What a shared dashboard shows, in the words of the page (SharedWithMeResource.SHOWN). */
    static final String SHOWN = "weight, fat mass, heart rate and blood pressure";

    @CheckedTemplate(basePath = "sharing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance shares(List<ProfileShares> profiles, String shown, boolean removed);

        static native TemplateInstance removal(ProfileRef profile, Share share, String shown);
    }

    public record ProfileShares(ProfileRef profile, List<Share> shares) {
    }

    public record Share(String id, String email, String since) {
    }

    @Inject
    DashboardShares dashboardShares;

    @Inject
    Profiles profiles;

    @Inject
    Caller caller;

    @GET
    public Response show(@QueryParam("removed") boolean removed) {
        List<ProfileShares> all = profiles.ofAccount(caller.accountId()).stream()
                .sorted(Comparator.comparing((ProfileRef p) -> !p.main()).thenComparing(ProfileRef::name))
                .map(p -> new ProfileShares(p, dashboardShares.viewers(p.id()).stream().map(SharesPage::share).toList()))
                .toList();
        return Pages.html(Templates.shares(all, SHOWN, removed));
    }

    /** Asks before removing: whom, from which profile. */
    @GET
    @Path("/{shareId}/removal")
    public Response confirm(@PathParam("shareId") String shareId, @QueryParam("profile") String profileId) {
        ProfileRef profile = profiles.visible(profileId);
        Share share = dashboardShares.viewers(profile.id()).stream().filter(v -> v.shareId().equals(shareId))
                .map(SharesPage::share).findFirst().orElse(null);
        if (share == null) {
            return Pages.seeOther("/settings/shares");
        }
        return Pages.html(Templates.removal(profile, share, SHOWN));
    }

    @POST
    @Path("/{shareId}/removal")
    public Response remove(@PathParam("shareId") String shareId, @RestForm String profile) {
        dashboardShares.remove(profile, shareId);
        return Pages.seeOther("/settings/shares?removed=true");
    }

    private static Share share(Viewer viewer) {
        return new Share(viewer.shareId(), viewer.email(), io.rightsflow.request.RequestWords.date(viewer.since()));
    }
}
