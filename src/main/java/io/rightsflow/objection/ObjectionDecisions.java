package io.rightsflow.objection;

import java.util.List;

import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import jakarta.enterprise.context.ApplicationScoped;

/** The desk's decision on an objection, with its grounds, for the auditors' timeline. */
@ApplicationScoped
class ObjectionDecisions implements DecisionRecords {

    @Override
    public List<Timelines.Event> of(String requestId) {
        Objection objection = Objection.findById(requestId);
        if (objection == null || objection.decision == null) {
            return List.of();
        }
        return List.of(new Timelines.Event(objection.decidedAt, "DECISION", objection.decidedBy,
                objection.decision + (objection.grounds == null ? "" : ", reason: " + objection.grounds)));
    }
}
