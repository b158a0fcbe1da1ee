package io.rightsflow.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.rightsflow.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Requests as the caller may see them: the JSON API's answers and the pages' lists are the same views. */
@ApplicationScoped
public class RequestViews {

    static final String DELAYED = "a step of your request is taking longer than planned: we are working on it, "
            + "and nothing is needed from you";

    @Inject
    Requests requests;

    @Inject
    ProcessSteps steps;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** One request the caller may see, with its steps; 404 otherwise. */
    RequestView get(String id) {
        return view(requests.visibleRecord(id), true);
    }

    /** The requests the caller may see (a subject: their own), newest first, filtered where asked. */
    List<RequestView> list(RequestStatus status, RequestType type, Boolean overdue, boolean withSteps) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (caller.isSubject()) {
            where.append(" and accountId = :account");
            params.and("account", caller.accountId());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (type != null) {
            where.append(" and type = :type");
            params.and("type", type);
        }
        if (overdue != null) {
            where.append(overdue ? " and dueAt < :now and status in :open" : " and (dueAt >= :now or status not in :open)");
            params.and("now", Instant.now(clock)).and("open", openStatuses());
        }
        return DataRequest.<DataRequest>find(where.toString(), Sort.by("receivedAt").descending(), params).list()
                .stream().map(r -> view(r, withSteps)).toList();
    }

    RequestView view(DataRequest r, boolean withSteps) {
        boolean overdue = r.isOpen() && r.dueAt.isBefore(Instant.now(clock));
        List<RequestView.Incident> incidents = withSteps ? steps.incidents(r.processInstanceId) : null;
        RequestView view = new RequestView(r.id, r.type, r.status, r.channel, r.accountId, r.profileId,
                r.processInstanceId, r.receivedAt, r.dueAt, r.completedAt, r.extendedMonths, overdue,
                withSteps ? steps.of(r.processInstanceId) : null, caller.isSubject() ? null : incidents, null,
                filedByAgent(r));
        // An incident's message is for the operators who fix it (it names endpoints, answers, keys);
        // the person is told only that their request is delayed and that nothing is needed from them.
        return caller.isSubject() && incidents != null && !incidents.isEmpty() ? view.withNotice(DELAYED) : view;
    }

    /** Staff read how an agent's filing was vouched for; the subject never sees the identity details. */
    private RequestView.FiledByAgent filedByAgent(DataRequest r) {
        return r.ticket == null || caller.isSubject() ? null
                : new RequestView.FiledByAgent(r.ticket, r.identityCheck, r.identityNote);
    }

    private static List<RequestStatus> openStatuses() {
        return Arrays.stream(RequestStatus.values()).filter(s -> !s.isFinal()).toList();
    }
}
