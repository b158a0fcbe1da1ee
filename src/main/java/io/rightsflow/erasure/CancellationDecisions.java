package io.rightsflow.erasure;

import java.util.List;

import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import jakarta.enterprise.context.ApplicationScoped;

/** Customer service cancelling an account deletion, with the reason, for the auditors' timeline. */
@ApplicationScoped
class CancellationDecisions implements DecisionRecords {

    @Override
    public List<Timelines.Event> of(String requestId) {
        DeletionCancellation cancellation = DeletionCancellation.findById(requestId);
        return cancellation == null ? List.of() : List.of(new Timelines.Event(cancellation.cancelledAt, "DECISION",
                cancellation.cancelledBy, DeletionCancellation.CANCEL_DELETION + ", reason: " + cancellation.reason));
    }
}
