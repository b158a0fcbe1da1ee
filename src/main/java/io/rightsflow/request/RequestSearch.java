package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Finds requests for the compliance console: the database filters, orders (newest first) and
 * pages, so one page reads at most {@code size} rows however many requests there are.
 */
@ApplicationScoped
public class RequestSearch {

    /** Pages never read more rows than this at once. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final List<RequestStatus> FINAL = Arrays.stream(RequestStatus.values())
            .filter(RequestStatus::isFinal).toList();

    @Inject
    Clock clock;

    /**
     * What to look for; every part may be null (or false): then it does not filter.
     * {@code receivedFrom} is included, {@code receivedBefore} excluded; {@code ticketOrId} matches
     * a ticket (any case) or a request id exactly.
     */
    public record Criteria(RequestType type, RequestStatus status, boolean overdue, Channel channel,
            Instant receivedFrom, Instant receivedBefore, String ticketOrId) {
    }

    /** One page of the matching requests, and how many match in all. */
    public record Found(List<RequestRef> requests, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** {@code page} counts from 1; a page beyond the last shows the last (its offset would overflow). */
    @Transactional
    public Found find(Criteria criteria, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(1, page);
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.type() != null) {
            where.add("type = :type");
            parameters.and("type", criteria.type());
        }
        if (criteria.status() != null) {
            where.add("status = :status");
            parameters.and("status", criteria.status());
        }
        if (criteria.overdue()) {
            where.add("status not in :final and dueAt < :now");
            parameters.and("final", FINAL).and("now", Instant.now(clock));
        }
        if (criteria.channel() != null) {
            where.add("channel = :channel");
            parameters.and("channel", criteria.channel());
        }
        if (criteria.receivedFrom() != null) {
            where.add("receivedAt >= :from");
            parameters.and("from", criteria.receivedFrom());
        }
        if (criteria.receivedBefore() != null) {
            where.add("receivedAt < :before");
            parameters.and("before", criteria.receivedBefore());
        }
        if (criteria.ticketOrId() != null && !criteria.ticketOrId().isBlank()) {
            where.add("(lower(ticket) = :ticket or id = :id)");
            parameters.and("ticket", criteria.ticketOrId().strip().toLowerCase(java.util.Locale.ROOT))
                    .and("id", criteria.ticketOrId().strip());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        PanacheQuery<DataRequest> matching = DataRequest.find(query,
                Sort.descending("receivedAt").and("id", Sort.Direction.Descending), parameters);
        long total = matching.count();
        pageNumber = (int) Math.min(pageNumber, Math.max(1, (total + pageSize - 1) / pageSize));
        List<RequestRef> rows = matching.page(Page.of(pageNumber - 1, pageSize)).list().stream()
                .map(RequestRef::of).toList();
        return new Found(rows, total, pageNumber, pageSize);
    }
}
