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
import io.rightsflow.request.RequestWords;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Caller;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * What the download page and the copy page share: choose a profile or all of them, file the
 * request (as POST /api/requests does), follow its progress (htmx polls a small fragment; without
 * JavaScript, a Refresh link), and take the archive once it is ready.
 */
@ApplicationScoped
class ArchivePages {

    static final String ALL = "all";

    @CheckedTemplate(basePath = "export", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance download(ArchiveKind kind, List<ProfileRef> profiles, String chosen,
                String progress);

        static native TemplateInstance progress(ArchiveKind kind, Progress progress);
    }

    /** How far a request has come, in words; {@code ready}: the archive can be downloaded. */
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

    Response show(ArchiveKind kind, String profileId, String requestId) {
        String chosen = profileId == null || profileId.isBlank() ? ALL : profiles.visible(profileId).id();
        String progress = requestId == null || requestId.isBlank() ? null
                : Templates.progress(kind, progress(kind, requestId)).render();
        return Pages.html(Templates.download(kind, profiles(), chosen, progress));
    }

    Response request(ArchiveKind kind, String profile) {
        boolean all = profile == null || profile.isBlank() || ALL.equals(profile);
        try {
            RequestRef filed = requests.fileForCaller(new NewRequest(kind.type, all ? null : profile,
                    all ? caller.accountId() : null, null, null, null, null, null, null, null, null));
            return Pages.seeOther(kind.path + "?request=" + filed.id());
        } catch (ProblemException refused) {
            // the same request is already under way: follow that one
            Object open = refused.extensions().get("openRequestId");
            if (open != null) {
                return Pages.seeOther(kind.path + "?request=" + open);
            }
            throw refused;
        }
    }

    Response progressOf(ArchiveKind kind, String id) {
        return Pages.html(Templates.progress(kind, progress(kind, id)));
    }

    Response archive(String id) {
        return archives.download(id);
    }

    private Progress progress(ArchiveKind kind, String id) {
        RequestRef request = requests.visible(id);
        if (request.type() != kind.type) {
            throw ProblemException.notFound(kind.type + " request " + id);
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
