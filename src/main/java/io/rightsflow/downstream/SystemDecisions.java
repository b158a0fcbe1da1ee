package io.rightsflow.downstream;

import java.util.List;

import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import jakarta.enterprise.context.ApplicationScoped;

/** The desk's decisions on a request's downstream systems, with the evidence, for the auditors' timeline. */
@ApplicationScoped
class SystemDecisions implements DecisionRecords {

    @Override
    public List<Timelines.Event> of(String requestId) {
        return SystemCall.of(requestId).stream().filter(c -> c.decidedBy != null && c.answeredAt != null)
                .map(c -> new Timelines.Event(c.answeredAt, "DECISION", c.decidedBy, c.decision + " system="
                        + c.systemId + (c.evidence == null ? "" : ", note: " + c.evidence)
                        + (c.evidenceReference == null ? "" : ", reference: " + c.evidenceReference)))
                .toList();
    }
}
