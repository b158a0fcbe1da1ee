package io.rightsflow.measurement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Category;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The dashboard: the account's profiles, and per profile its data, one tab per category it has,
 * as a line graph and a table in the account's units, read through the same service as the API.
 */
@Path("/dashboard")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    static final int PAGE_SIZE = 20;
    /** How many of the newest values the graph draws. */
    static final int GRAPH_SIZE = ProfileMeasurements.MAX_PAGE_SIZE;

    @CheckedTemplate(basePath = "measurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance dashboard(List<ProfileRef> profiles);

        static native TemplateInstance profileData(ProfileRef profile, List<Tab> tabs, Tab chosen, LineGraph graph,
                List<Row> rows, Paging paging, String notice);
    }

    /** A category the profile has data in, as a tab. */
    public record Tab(String id, String name, String href, boolean current) {
    }

    /** One line of the table, written for people. */
    public record Row(String id, String takenAt, String value, String source, String comment, String deleteHref) {
    }

    public record Paging(int page, int pages, long total, String previous, String next) {
    }

    @Inject
    Profiles profiles;

    @Inject
    ProfileMeasurements measurements;

    @Inject
    Caller caller;

    @GET
    public Response show() {
        return Pages.html(Templates.dashboard(profiles.ofAccount(caller.accountId())));
    }

    @GET
    @Path("profiles/{profileId}")
    public Response profile(@PathParam("profileId") String profileId, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("added") boolean added,
            @QueryParam("deleted") boolean deleted) {
        ProfileRef profile = profiles.visible(profileId); // 404, as in the API, for a profile not yours
        String notice = added ? "Your entry was stored." : deleted ? "The entry was deleted." : null;
        if (!profile.isActive()) {
            return Pages.html(Templates.profileData(profile, List.of(), null, null, List.of(), null, notice));
        }
        Map<String, String> names = Category.<Category>listAll().stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.name));
        List<String> categories = measurements.categories(profileId);
        String chosenId = categories.contains(category) ? category
                : categories.contains("weight") ? "weight" : categories.isEmpty() ? null : categories.get(0);
        Function<String, String> href = id -> "/dashboard/profiles/" + profileId + "?category=" + id;
        List<Tab> tabs = categories.stream()
                .map(id -> new Tab(id, names.getOrDefault(id, id), href.apply(id), id.equals(chosenId))).toList();
        Tab chosen = tabs.stream().filter(Tab::current).findFirst().orElse(null);
        if (chosen == null) {
            return Pages.html(Templates.profileData(profile, tabs, null, null, List.of(), null, notice));
        }
        int shown = Math.max(0, page);
        ProfileMeasurements.PageView table = measurements.list(profileId, chosenId, null, null, shown, PAGE_SIZE);
        List<MeasurementView> newest = measurements.list(profileId, chosenId, null, null, 0, GRAPH_SIZE).items();
        String unit = newest.isEmpty() ? "" : newest.get(0).unit();
        LineGraph graph = LineGraph.of(chosen.name(), unit, newest, table.total());
        int pages = (int) Math.max(1, (table.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        Paging paging = new Paging(shown + 1, pages, table.total(),
                shown > 0 ? href.apply(chosenId) + "&page=" + (shown - 1) : null,
                shown + 1 < pages ? href.apply(chosenId) + "&page=" + (shown + 1) : null);
        List<Row> rows = table.items().stream().map(m -> new Row(m.id(), Figures.TIME.format(m.takenAt()),
                Figures.value(m), Figures.source(m.source()), m.comment(),
                "/dashboard/entries/" + profileId + "/" + m.id() + "/delete")).toList();
        return Pages.html(Templates.profileData(profile, tabs, chosen, graph, rows, paging, notice));
    }
}
