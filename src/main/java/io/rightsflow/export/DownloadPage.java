package io.rightsflow.export;

import java.util.Comparator;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.ProcessSteps;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
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
 * "Download my data": choose a profile or all of them and file an EXPORT request (as POST
 * /api/requests does); the page then follows its progress (htmx polls a small fragment; without
 * JavaScript, a Refresh link) and offers the archive once it is ready.
 */
@Path("/settings/download")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class DownloadPage {

    static final String ALL = "all";

    @CheckedTemplate(basePath = "export", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance download(List<ProfileRef> profiles, String chosen, String progress);

        static native TemplateInstance progress(Progress progress);
    }

    /** How far an export has come, in words; {@code ready}: the archive can be downloaded. */
    public record Progress(String id, String what, String status, String receivedOn, List<String> steps, boolean open,
            boolean ready) {
    }

    @Inject
    Profiles profiles;

    @Inject
    Requests requests;

    @Inject
    ProcessSteps steps;

    @Inject
    OwnArchives archives;

    @Inject
    Caller caller;

    @GET
    public Response show(@QueryParam("profile") String profileId, @QueryParam("request") String requestId) {
        String chosen = profileId == null || profileId.isBlank() ? ALL : profiles.visible(profileId).id();
        String progress = requestId == null || requestId.isBlank() ? null
                : Templates.progress(progress(requestId)).render();
        return Pages.html(Templates.download(profiles(), chosen, progress));
    }

    @POST
    public Response request(@RestForm String profile) {
        boolean all = profile == null || profile.isBlank() || ALL.equals(profile);
        try {
            RequestRef filed = requests.fileForCaller(new NewRequest(RequestType.EXPORT, all ? null : profile,
                    all ? caller.accountId() : null, null, null, null, null, null, null, null, null));
            return Pages.seeOther("/settings/download?request=" + filed.id());
        } catch (ProblemException refused) {
            // the same export is already under way: follow that one
            Object open = refused.extensions().get("openRequestId");
            if (open != null) {
                return Pages.seeOther("/settings/download?request=" + open);
            }
            throw refused;
        }
    }

    /** The progress alone, for htmx to swap in every few seconds until the archive is ready. */
    @GET
    @Path("/requests/{id}/progress")
    public Response progressOf(@PathParam("id") String id) {
        return Pages.html(Templates.progress(progress(id)));
    }

    /** The archive, as the API's download gives it to its owner. */
    @GET
    @Path("/requests/{id}/archive")
    @Produces({ "application/zip", MediaType.TEXT_HTML })
    public Response archive(@PathParam("id") String id) {
        return archives.download(id);
    }

    private Progress progress(String id) {
        RequestRef request = requests.visible(id);
        if (request.type() != RequestType.EXPORT) {
            throw ProblemException.notFound("export request " + id);
        }
        ProfileRef profile = request.profileId() == null ? null : profiles.find(request.profileId());
        String what = request.profileId() == null ? "all your profiles"
                : profile == null ? "a deleted profile" : "the profile " + profile.name();
        List<String> done = steps.of(request.processInstanceId()).stream()
                .map(s -> s.name() + (s.endedAt() != null ? ": done" : ": under way")).toList();
        return new Progress(request.id(), what, RequestWords.status(request.status()),
                RequestWords.date(request.receivedAt()), done, request.isOpen(), archives.ready(request.id()));
    }

    private List<ProfileRef> profiles() {
        return profiles.ofAccount(caller.accountId()).stream()
                .sorted(Comparator.comparing((ProfileRef p) -> !p.main()).thenComparing(ProfileRef::name)).toList();
    }
}
