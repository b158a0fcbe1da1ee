package io.rightsflow.desk;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import io.rightsflow.request.RequestType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The agents' notes on requests handled near their due date are free text about the person: they
 * go with the profile; those of requests about the whole account go with it (DueSoonAccountNotes).
 */
@ApplicationScoped
class DueSoonNotes implements ProfileData {

    @Override
    public String kind() {
        return "due-soon notes";
    }

    @Override
    public int order() {
        return 8;
    }

    /** What the desk noted on the person's requests, without the agent's name. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        DueSoonNote.<DueSoonNote>list("profileId", profileId).forEach(n -> out.write("due-soon-notes", NoteCopy.of(n)));
    }

    record NoteCopy(String requestId, String note, java.time.Instant handledAt) {
        static NoteCopy of(DueSoonNote note) {
            return new NoteCopy(note.requestId, note.note, note.handledAt);
        }
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) DueSoonNote.delete("profileId", profileId);
    }

    /**
     * The notes follow their requests, which move with the profile (RequestRecords) except an
     * INDEPENDENCE request, which stays with the holder whose decision it records.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        DueSoonNote.update("accountId = ?1 where profileId = ?2 and accountId = ?3 and requestType <> ?4", toAccountId,
                profileId, fromAccountId, RequestType.INDEPENDENCE);
    }
}
