package io.rightsflow.objection;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.consent.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RestrictProcessing, in the request's own transaction: direct marketing stops for good,
 * every other purpose is restricted while the objection is reviewed (Art. 18(1)(d)).
 */
@Named
@ApplicationScoped
class RestrictProcessing implements JavaDelegate {

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        Objection objection = Objection.findById(requestId);
        boolean needsReview = false;
        for (Purpose purpose : objection.purposeList()) {
            needsReview |= needsReview(purpose);
            if (Restriction.ofObjection(objection.profileId, purpose) == null) {
                Restriction restriction = new Restriction();
                restriction.id = UUID.randomUUID().toString();
                restriction.profileId = objection.profileId;
                restriction.purpose = purpose;
                restriction.status = needsReview(purpose) ? Restriction.Status.UNDER_REVIEW : Restriction.Status.PERMANENT;
                restriction.requestId = requestId;
                restriction.createdAt = Instant.now(clock);
                restriction.persist();
            }
        }
        audit.record("PROCESSING_RESTRICTED", AuditTrail.SYSTEM, requestId, objection.profileId,
                "purposes=" + objection.purposes);
        // The diagram routes on it: a review puts the request IN_REVIEW on its way to the desk.
        execution.setVariable("needsReview", needsReview);
    }

    /** Direct marketing needs no review: the right to object to it is absolute (Art. 21(3)). */
    private static boolean needsReview(Purpose purpose) {
        return purpose != Purpose.DIRECT_MARKETING;
    }
}
