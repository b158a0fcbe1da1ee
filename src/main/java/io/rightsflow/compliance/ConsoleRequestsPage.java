package io.rightsflow.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.Channel;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSearch;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The compliance console's front page: every request, newest first, found by type, status,
 * overdue, channel, the period it was received in, or its ticket; a page of rows at a time, each
 * leading to the request's own page. Read-only: the filters are a GET form.
 */
@Path("/console")
@RolesAllowed(Roles.AUDITOR)
@Produces(MediaType.TEXT_HTML)
public class ConsoleRequestsPage {

    static final int PAGE_SIZE = 25;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate(basePath = "compliance", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance console(Filters filters, Map<String, String> errors, List<Row> rows,
                Paging paging);
    }

    /** The form as it was sent, with the choices it offers. */
    public record Filters(List<Option> types, List<Option> statuses, List<Option> channels, boolean overdue,
            String from, String to, String ticket, boolean any) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Row(String href, String type, String status, String received, String due, boolean overdue,
            String channel, String ticket) {
    }

    /** {@code previous}/{@code next}: links to the other pages of the same search, or null. */
    public record Paging(long total, int page, int pages, String previous, String next) {
    }

    @Inject
    RequestSearch search;

    @Inject
    Clock clock;

    @GET
    public Response show(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("channel") String channel,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("ticket") String ticket,
            @QueryParam("page") String page) {
        ConsoleFilters filters = new ConsoleFilters(type, status, overdue, channel, from, to, ticket, page);
        RequestSearch.Criteria criteria = filters.criteria();
        Filters form = form(filters);
        if (criteria == null) {
            return Pages.html(Response.Status.BAD_REQUEST, Templates.console(form, filters.errors, List.of(), null));
        }
        RequestSearch.Found found = search.find(criteria, filters.pageNumber(), PAGE_SIZE);
        Instant now = Instant.now(clock);
        List<Row> rows = found.requests().stream().map(r -> row(r, now)).toList();
        Paging paging = new Paging(found.total(), found.page(), found.pages(),
                found.page() > 1 ? "/console" + filters.query(Math.min(found.page() - 1, found.pages())) : null,
                found.page() < found.pages() ? "/console" + filters.query(found.page() + 1) : null);
        return Pages.html(Templates.console(form, Map.of(), rows, paging));
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case SELF_SERVICE -> "Self-service";
            case CUSTOMER_SERVICE -> "Customer service";
        };
    }

    private static Row row(RequestRef request, Instant now) {
        return new Row("/console/requests/" + request.id(), RequestWords.type(request.type()),
                RequestWords.status(request.status()), DAY.format(request.receivedAt()), DAY.format(request.dueAt()),
                request.isOpen() && request.dueAt().isBefore(now), channel(request.channel()),
                request.ticket() == null ? "" : request.ticket());
    }

    private static Filters form(ConsoleFilters filters) {
        List<Option> types = Arrays.stream(RequestType.values())
                .map(t -> new Option(t.name(), RequestWords.type(t), t.name().equals(filters.type))).toList();
        List<Option> statuses = Arrays.stream(RequestStatus.values())
                .map(s -> new Option(s.name(), RequestWords.status(s), s.name().equals(filters.status))).toList();
        List<Option> channels = Arrays.stream(Channel.values())
                .map(c -> new Option(c.name(), channel(c), c.name().equals(filters.channel))).toList();
        boolean any = filters.type != null || filters.status != null || filters.overdue || filters.channel != null
                || filters.from != null || filters.to != null || filters.ticket != null;
        return new Filters(types, statuses, channels, filters.overdue, filters.from, filters.to, filters.ticket, any);
    }
}
