package io.rightsflow.rectification;

import java.util.List;

import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import jakarta.enterprise.context.ApplicationScoped;

/** The desk's decision on a rectification, for the auditors' timeline. */
@ApplicationScoped
class RectificationDecisions implements DecisionRecords {

    @Override
    public List<Timelines.Event> of(String requestId) {
        Rectification rectification = Rectification.findById(requestId);
        if (rectification == null || rectification.decision == null) {
            return List.of();
        }
        return List.of(new Timelines.Event(rectification.decidedAt, "DECISION", rectification.decidedBy,
                rectification.decision));
    }
}
