package io.rightsflow.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.desk.DeskTask;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_CancelAccountDeletion at the desk: open for the whole grace period, completed only
 * when the person asks customer service to keep their account. The reason is required.
 */
@ApplicationScoped
class CancelDeletionTask implements DeskTask {

    @Inject
    Requests requests;

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return "UserTask_CancelAccountDeletion";
    }

    @Override
    public List<String> decisions() {
        return List.of(DeletionCancellation.CANCEL_DELETION);
    }

    @Override
    public boolean needsReason(String decision) {
        return true;
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        RequestRef request = requests.find(requestId);
        DeletionCancellation cancellation = new DeletionCancellation();
        cancellation.requestId = requestId;
        cancellation.accountId = request.accountId();
        cancellation.cancelledBy = actor;
        cancellation.reason = reason;
        cancellation.cancelledAt = Instant.now(clock);
        cancellation.persist();
    }
}
