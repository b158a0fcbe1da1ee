package io.rightsflow.downstream;

import java.util.List;

import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The desk's latest decision on each of a request's downstream systems, with the evidence, for the
 * auditors' timeline; the call keeps only its latest decision (an earlier RETRY_SYSTEM is replaced).
 */
@ApplicationScoped
class SystemDecisions implements DecisionRecords {

    @Override
    public List<Timelines.Event> of(String requestId) {
        return SystemCall.of(requestId).stream().filter(c -> c.decidedAt != null)
                .map(c -> new Timelines.Event(c.decidedAt, "DECISION", c.decidedBy, c.decision + " system="
                        + c.systemId + (c.evidence == null ? "" : ", note: " + c.evidence)
                        + (c.evidenceReference == null ? "" : ", reference: " + c.evidenceReference)))
                .toList();
    }
}
