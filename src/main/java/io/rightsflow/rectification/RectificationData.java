package io.rightsflow.rectification;

import java.time.Instant;
import java.util.List;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** A profile's rectifications (statements, asked-for and former values): erased with it, in its copy. */
@ApplicationScoped
class RectificationData implements ProfileData {

    @Override
    public String kind() {
        return "rectifications";
    }

    @Override
    public int order() {
        return 6;
    }

    /**
     * The rectification is the person's own (Art. 16), like the readings it is about: its record,
     * kept by profile, moves with the profile; the request records follow it too (RequestRecords).
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        long items = RectificationItem.delete("requestId in (select r.requestId from Rectification r "
                + "where r.profileId = ?1)", profileId);
        long rectifications = Rectification.delete("profileId", profileId);
        return (int) (items + rectifications);
    }

    /** Each rectification with what was asked, what a corrected value was before, and what was done. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        Rectification.<Rectification>list("profileId = ?1 order by requestId", profileId).forEach(r -> out.write(
                "rectifications", new RectificationRow(r.requestId, r.statement, r.moveToProfileId, r.decision,
                        r.decidedAt, r.items().stream().map(i -> new ItemRow(i.measurementId, i.field, i.askedValue,
                                i.askedUnit, i.oldValue, i.outcome)).toList())));
    }

    record RectificationRow(String requestId, String statement, String moveToProfileId, String decision,
            Instant decidedAt, List<ItemRow> items) {
    }

    record ItemRow(Long measurementId, String field, String askedValue, String askedUnit, String formerValue,
            RectificationItem.Outcome outcome) {
    }
}
