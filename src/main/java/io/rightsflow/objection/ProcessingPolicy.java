package io.rightsflow.objection;

import java.util.List;

import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one check every feature makes before it processes a profile's data for a purpose: an
 * objection restricts it at once (under review, Art. 18(1)(d)) and, once accepted, for good.
 */
@ApplicationScoped
public class ProcessingPolicy {

    public boolean allows(String profileId, Purpose purpose) {
        return Restriction.find(profileId, purpose) == null;
    }

    /** As {@link #allows}, answering 409 that names the objection when it is refused. */
    public void require(String profileId, Purpose purpose) {
        Restriction restriction = Restriction.find(profileId, purpose);
        if (restriction != null) {
            throw ProblemException.conflict("processing of profile " + profileId + " for " + purpose
                    + " is restricted by objection " + restriction.requestId
                    + (restriction.status == Restriction.Status.UNDER_REVIEW ? " while it is reviewed" : ""));
        }
    }

    /** The profiles that must be left out of any processing for this purpose. */
    public List<String> restrictedProfiles(Purpose purpose) {
        return Restriction.<Restriction>list("purpose", purpose).stream().map(r -> r.profileId).toList();
    }
}
