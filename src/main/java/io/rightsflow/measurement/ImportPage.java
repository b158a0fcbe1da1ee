package io.rightsflow.measurement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.account.Units;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Import a CSV file of weight, blood pressure or height into a profile, through the same service
 * as the API's import: a refused file lists every broken line with its rule and stores nothing.
 */
@Path("/settings/import")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    @CheckedTemplate(basePath = "measurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance importFile(List<ProfileRef> profiles, List<Kind> kinds, String profile,
                String kind, Problems problems, Stored stored);
    }

    /** A kind of file, with the header row it has for this account's units. */
    public record Kind(String id, String name, String header) {
    }

    /** What was wrong: with the profile or kind chosen, or with the file (each broken line). */
    public record Problems(String profile, String kind, String file, List<BrokenLine> lines) {
        public boolean isFileRefused() {
            return file != null || !lines.isEmpty();
        }
    }

    /** A line of the file that breaks a rule (line 1 is the header). */
    public record BrokenLine(int line, String rule) {
    }

    /** What the last import stored, shown after the redirect. */
    public record Stored(int rows, String profileId, String profileName) {
    }

    @Inject
    Profiles profiles;

    @Inject
    FileImports imports;

    @Inject
    ProfileMeasurements measurements;

    @Inject
    Caller caller;

    @GET
    public Response show(@QueryParam("profile") String profileId, @QueryParam("kind") String kind,
            @QueryParam("stored") Integer rows) {
        Stored stored = null;
        if (rows != null && profileId != null) {
            ProfileRef profile = profiles.visible(profileId);
            stored = new Stored(rows, profile.id(), profile.name());
        }
        return page(Response.Status.OK, profileId, kind, null, stored);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String profile, @RestForm String kind, @RestForm("file") FileUpload file)
            throws IOException {
        String noProfile = profile == null || profile.isBlank() ? "Choose the profile the data belongs to." : null;
        String noKind = kind == null || ImportKind.of(kind) == null ? "Choose what the file holds." : null;
        String noFile = file == null || file.uploadedFile() == null || file.size() == 0
                ? "Choose a CSV file to import." : null;
        if (noProfile != null || noKind != null || noFile != null) {
            return page(Response.Status.BAD_REQUEST, profile, kind, new Problems(noProfile, noKind, noFile, List.of()),
                    null);
        }
        FileImports.Imported imported;
        try (InputStream body = Files.newInputStream(file.uploadedFile())) {
            imported = imports.importFile(profile, kind, body);
        } catch (CsvImport.Rejected rejected) {
            return page(Response.Status.BAD_REQUEST, profile, kind, new Problems(null, null, null,
                    rejected.broken.stream().map(b -> new BrokenLine(b.line(), b.rule())).toList()),
                    null);
        } catch (ProblemException refused) {
            if (refused.problem().status() == 404 || refused.problem().status() == 409) {
                throw refused; // not the caller's profile, or one pending deletion: the refusal page, as the API's
            }
            return page(Response.Status.fromStatusCode(refused.problem().status()), profile, kind,
                    new Problems(null, null, sentence(refused.getMessage()), List.of()), null);
        }
        return Pages.seeOther("/settings/import?profile=" + profile + "&kind=" + kind + "&stored=" + imported.rows());
    }

    private Response page(Response.StatusType status, String profile, String kind, Problems problems, Stored stored) {
        Units units = measurements.unitsOfAccount(caller.accountId());
        List<Kind> kinds = List.of(
                new Kind(ImportKind.WEIGHT.id(), "Weight", ImportHeader.example(ImportKind.WEIGHT, units)),
                new Kind(ImportKind.BLOOD_PRESSURE.id(), "Blood pressure",
                        ImportHeader.example(ImportKind.BLOOD_PRESSURE, units)),
                new Kind(ImportKind.HEIGHT.id(), "Height", ImportHeader.example(ImportKind.HEIGHT, units)));
        return Pages.html(status, Templates.importFile(profiles.ofAccount(caller.accountId()).stream()
                .filter(ProfileRef::isActive).toList(), kinds, profile, kind == null ? "weight" : kind,
                problems == null ? new Problems(null, null, null, List.of()) : problems, stored));
    }

    private static String sentence(String detail) {
        return Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + (detail.endsWith(".") ? "" : ".");
    }
}
