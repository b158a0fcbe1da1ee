package io.rightsflow.consent;

import java.time.Instant;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A profile's consent records: in its copy, erased with it, and ended when it becomes independent. */
@ApplicationScoped
class ConsentData implements ProfileData {

    @Inject
    Consents consents;

    @Inject
    Profiles profiles;

    @Override
    public String kind() {
        return "consents";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) ConsentRecord.delete("profileId", profileId);
    }

    /**
     * The records move with the profile (they show what was decided, and when), but what the former
     * holder gave on the person's behalf is no longer the person's consent: each ends here, and the
     * person gives their own, or not.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        ProfileRef profile = profiles.find(profileId);
        for (Purpose purpose : Purpose.values()) {
            if (consents.given(profileId, purpose)) {
                consents.withdraw(profile, purpose, ConsentChannel.INDEPENDENCE, AuditTrail.SYSTEM);
            }
        }
    }

    @Override
    public void exportTo(AccessWriter out, String profileId) {
        ConsentRecord.<ConsentRecord>list("profileId = ?1 order by recordedAt, purpose, seq", profileId).forEach(c -> out
                .write("consents", new ConsentRow(c.purpose.id(), c.given ? "given" : "withdrawn", c.recordedAt,
                        c.channel, c.noticeVersion, c.onBehalf)));
    }

    record ConsentRow(String purpose, String change, Instant at, ConsentChannel channel, String noticeVersion,
            boolean onBehalf) {
    }
}
