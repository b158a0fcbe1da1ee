package io.rightsflow.partner;

import java.util.List;

import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import jakarta.enterprise.context.ApplicationScoped;

/** The desk's decisions on a request's notices to partners, with which partner and the reason, for the auditors' timeline. */
@ApplicationScoped
class NoticeDecisions implements DecisionRecords {

    @Override
    public List<Timelines.Event> of(String requestId) {
        return NoticeToPartner.of(requestId).stream().filter(n -> n.decidedAt != null)
                .map(n -> new Timelines.Event(n.decidedAt, "DECISION", n.decidedBy, n.decision + " " + n.kind.words() + " to "
                        + "partner=" + n.partnerId + " grant=" + n.grantId
                        + (n.reason == null ? "" : ", reason: " + n.reason)))
                .toList();
    }
}
