package io.rightsflow.objection;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.rightsflow.consent.ProcessingRestrictions;
import io.rightsflow.consent.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The restrictions objections and restriction requests place, as the processing policy reads them:
 * an objection restricts at once (under review, Art. 18(1)(d)) and, once accepted, for good; a
 * restriction request (Art. 18(1)(a)-(c)) restricts every purpose until the desk lifts it.
 */
@ApplicationScoped
public class RestrictionLedger implements ProcessingRestrictions {

    @Inject
    Clock clock;

    @Override
    public Optional<String> restriction(String profileId, Purpose purpose) {
        Restriction restriction = Restriction.find(profileId, purpose);
        if (restriction == null) {
            return Optional.empty();
        }
        return Optional.of("processing of profile " + profileId + " for " + purpose
                + (restriction.status == Restriction.Status.ON_REQUEST
                        ? " is restricted on request " + restriction.requestId + " (GDPR Art. 18)"
                        : " is restricted by objection " + restriction.requestId
                                + (restriction.status == Restriction.Status.UNDER_REVIEW ? " while it is reviewed" : "")));
    }

    @Override
    public Set<String> restrictedProfiles(Purpose purpose) {
        return Restriction.<Restriction>list("purpose", purpose).stream().map(r -> r.profileId)
                .collect(Collectors.toSet());
    }

    /**
     * Restricts every purpose of the profile for a restriction request (GDPR Art. 18(1)(a)-(c)):
     * its data is stored only, every use the policy guards is refused. The rows are the request's
     * own, beside any objection's, so that neither's lifting touches the other's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int restrictOnRequest(String requestId, String profileId) {
        int placed = 0;
        for (Purpose purpose : Purpose.values()) {
            if (Restriction.count("requestId = ?1 and purpose = ?2", requestId, purpose) == 0) {
                Restriction restriction = new Restriction();
                restriction.id = UUID.randomUUID().toString();
                restriction.profileId = profileId;
                restriction.purpose = purpose;
                restriction.status = Restriction.Status.ON_REQUEST;
                restriction.requestId = requestId;
                restriction.createdAt = Instant.now(clock);
                restriction.persist();
                placed++;
            }
        }
        return placed;
    }

    /** Lifts what this restriction request placed, and nothing an objection or another request placed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int liftRestrictionOf(String requestId) {
        return (int) Restriction.delete("requestId = ?1 and status = ?2", requestId, Restriction.Status.ON_REQUEST);
    }

    /** The restriction request that restricts this profile now, or null. */
    public String restrictingRequest(String profileId) {
        Restriction restriction = Restriction.find("profileId = ?1 and status = ?2 order by createdAt", profileId,
                Restriction.Status.ON_REQUEST).firstResult();
        return restriction == null ? null : restriction.requestId;
    }
}
