package io.rightsflow.consent;

import java.util.Optional;
import java.util.Set;

/**
 * What restricts a purpose of a profile: an objection (Art. 21) or a restriction request (Art. 18),
 * kept by the objection feature. An extension point, so that the policy asks without depending on it.
 */
public interface ProcessingRestrictions {

    /** Why this profile's data may not be used for this purpose now, naming the request; empty when nothing restricts it. */
    Optional<String> restriction(String profileId, Purpose purpose);

    /** Every profile restricted for this purpose. */
    Set<String> restrictedProfiles(Purpose purpose);
}
