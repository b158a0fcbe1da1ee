package io.rightsflow.partner;

import java.util.Comparator;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Partner;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
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
 * "Manage my partners": the partner apps of the catalogue, connected or not, for one profile;
 * connect (as POST /api/profiles/{id}/partners) and disconnect (a PARTNER_DISCONNECTION request, as
 * POST /api/requests), after a page that says what the disconnection does not delete.
 */
@Path("/settings/partners")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class PartnersPage {

    @CheckedTemplate(basePath = "partner", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance partners(List<ProfileRef> profiles, ProfileRef profile, List<Row> partners,
                String done, String problemPartner, String problem);

        static native TemplateInstance disconnection(ProfileRef profile, Row partner, boolean takesNotices);
    }

    /** One partner app of the catalogue and whether the profile is connected to it. */
    public record Row(String id, String name, String receives, boolean connected, boolean waiting) {
    }

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Inject
    PartnerSettings settings;

    @Inject
    Requests requests;

    @Inject
    Caller caller;

    @GET
    public Response show(@QueryParam("profile") String profileId, @QueryParam("connected") String connected,
            @QueryParam("disconnected") String disconnected) {
        ProfileRef profile = profile(profileId);
        List<Row> rows = rows(profile);
        // said only when the partner's state agrees: an edited link cannot announce a disconnection that is not so
        String done = connected != null && has(rows, connected, true)
                ? name(connected) + " is connected: it receives the data listed for it."
                : disconnected != null && has(rows, disconnected, false)
                        ? name(disconnected) + " is disconnected: it receives nothing more." : null;
        return page(Response.Status.OK, profile, rows, done, null, null);
    }

    private static boolean has(List<Row> rows, String partnerId, boolean connected) {
        return rows.stream().anyMatch(row -> row.id().equals(partnerId) && row.connected() == connected);
    }

    @POST
    @Path("/{partner}/connection")
    public Response connect(@PathParam("partner") String partnerId, @RestForm String profile) {
        ProfileRef chosen = profile(profile);
        try {
            // as PartnerResource does for a subject: the same checks, the same link
            QuarkusTransaction.requiringNew().run(() -> grants.link(profiles.visible(chosen.id()), partnerId, null,
                    caller.actor()));
        } catch (ProblemException refused) {
            Response.Status status = Response.Status.fromStatusCode(refused.problem().status());
            return page(status == null ? Response.Status.BAD_REQUEST : status, chosen, null, partnerId,
                    "Could not connect it: " + words(refused.problem()) + " Nothing was changed.");
        }
        return Pages.seeOther("/settings/partners?profile=" + chosen.id() + "&connected=" + partnerId);
    }

    /** The refusal in a person's words: the API's own names ids and addresses that mean nothing here. */
    private static String words(io.rightsflow.system.Problem problem) {
        String detail = problem.detail() == null ? "" : problem.detail();
        if (detail.contains("restricted by objection")) {
            return "you objected to sharing this profile's data with partner apps, and while that objection stands "
                    + "no partner app receives it.";
        }
        if (detail.contains("restricted on request")) {
            return "you asked us to restrict the use of this profile's data, and while that restriction holds no "
                    + "partner app receives it.";
        }
        if (problem.status() == 404) {
            return "this partner app is not one we work with.";
        }
        return detail.endsWith(".") ? detail : detail + ".";
    }

    /** Before disconnecting: what the disconnection does not delete, and the choice of an erasure notice. */
    @GET
    @Path("/{partner}/disconnection")
    public Response confirm(@PathParam("partner") String partnerId, @QueryParam("profile") String profileId) {
        ProfileRef profile = profile(profileId);
        Row row = rows(profile).stream().filter(r -> r.id().equals(partnerId) && r.connected()).findFirst().orElse(null);
        if (row == null) {
            return Pages.seeOther("/settings/partners?profile=" + profile.id());
        }
        return Pages.html(Templates.disconnection(profile, row, takesNotices(partnerId)));
    }

    @POST
    @Path("/{partner}/disconnection")
    public Response disconnect(@PathParam("partner") String partnerId, @RestForm String profile,
            @RestForm boolean notifyErasure) {
        ProfileRef chosen = profile(profile);
        requests.fileForCaller(new NewRequest(RequestType.PARTNER_DISCONNECTION, chosen.id(), null, null, null, null,
                partnerId, notifyErasure, null, null, null));
        return Pages.seeOther("/settings/partners?profile=" + chosen.id() + "&disconnected=" + partnerId);
    }

    private Response page(Response.Status status, ProfileRef profile, String done, String problemPartner,
            String problem) {
        return page(status, profile, rows(profile), done, problemPartner, problem);
    }

    private Response page(Response.Status status, ProfileRef profile, List<Row> rows, String done,
            String problemPartner, String problem) {
        List<ProfileRef> all = profiles.ofAccount(caller.accountId()).stream()
                .sorted(Comparator.comparing((ProfileRef p) -> !p.main()).thenComparing(ProfileRef::name)).toList();
        return Pages.html(status, Templates.partners(all, profile, rows, done, problemPartner, problem));
    }

    /** The chosen profile (404 if it is not the person's), or the main one. */
    private ProfileRef profile(String profileId) {
        if (profileId != null && !profileId.isBlank()) {
            return profiles.visible(profileId);
        }
        return profiles.ofAccount(caller.accountId()).stream().filter(ProfileRef::main).findFirst()
                .orElseThrow(() -> ProblemException.notFound("a profile of your account"));
    }

    private List<Row> rows(ProfileRef profile) {
        List<PartnerGrant> links = grants.of(profile.id());
        return Partner.<Partner>listAll().stream().sorted(Comparator.comparing(p -> p.name))
                .map(p -> new Row(p.id, p.name, p.categories.stream().map(c -> c.name).sorted()
                        .reduce((a, b) -> a + ", " + b).orElse("nothing"),
                        links.stream().anyMatch(g -> g.partnerId.equals(p.id) && g.isActive()),
                        links.stream().anyMatch(g -> g.partnerId.equals(p.id)
                                && g.status == PartnerGrant.Status.WAITING)))
                .toList();
    }

    private boolean takesNotices(String partnerId) {
        return settings.url(partnerId, PartnerSettings.Endpoint.ERASURE_NOTICE).isPresent();
    }

    private String name(String partnerId) {
        Partner partner = Partner.findById(partnerId);
        return partner == null ? "The partner app" : partner.name;
    }
}
