package io.rightsflow.restriction;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.objection.RestrictionLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RestrictProcessing, in the filing's own transaction: every purpose is restricted for the
 * profile, so the data is stored only (the same policy check as objections refuses every use).
 */
@Named
@ApplicationScoped
class PlaceRestriction implements JavaDelegate {

    @Inject
    RestrictionLedger policy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        RestrictionRequest restriction = RestrictionRequest.findById(requestId);
        int placed = policy.restrictOnRequest(requestId, restriction.profileId);
        restriction.restrictedAt = Instant.now(clock);
        audit.record("PROCESSING_RESTRICTED", AuditTrail.SYSTEM, requestId, restriction.profileId,
                "purposes=ALL ground=" + restriction.ground + " rows=" + placed);
    }
}
