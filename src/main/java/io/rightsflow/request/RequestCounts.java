package io.rightsflow.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** How many requests there are of each type in each status: the operator's overview. */
@ApplicationScoped
public class RequestCounts {

    public record Count(RequestType type, RequestStatus status, long count) {
    }

    /** Only the type and status pairs that have requests, by type, then status, in the enums' order. */
    @Transactional
    public List<Count> byTypeAndStatus() {
        return DataRequest.getEntityManager()
                .createQuery("select r.type, r.status, count(r) from DataRequest r group by r.type, r.status", Object[].class)
                .getResultList().stream()
                .map(row -> new Count((RequestType) row[0], (RequestStatus) row[1], (Long) row[2]))
                .sorted(java.util.Comparator.comparing(Count::type).thenComparing(Count::status))
                .toList();
    }
}
