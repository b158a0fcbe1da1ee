package io.rightsflow.request;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The records of a profile's data-rights requests. An erasure keeps them, as the law requires, so
 * they have no rows to purge; but they name the account that sees them, which a move changes.
 */
@ApplicationScoped
class RequestRecords implements ProfileData {

    @Inject
    Links links;

    @Inject
    AuditTrail audit;

    @Inject
    Requests requests;

    @Override
    public String kind() {
        return "request records";
    }

    @Override
    public int order() {
        return 30;
    }

    /**
     * The requests about the profile's data move with it: the new owner is the person they are
     * about, sees them, may cancel them, is mailed their extensions, decisions and archives; the
     * former holder no longer sees them. Their unused mailed links went to the holder: revoked.
     * INDEPENDENCE requests stay with the holder, whose own decision they record.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        for (DataRequest request : DataRequest.<DataRequest>list("profileId = ?1 and accountId = ?2 and type <> ?3",
                profileId, fromAccountId, RequestType.INDEPENDENCE)) {
            request.accountId = toAccountId;
            links.revokeAll(request.id);
            audit.record("REQUEST_MOVED", AuditTrail.SYSTEM, request.id, profileId,
                    "from=" + fromAccountId + " to=" + toAccountId);
        }
    }

    /**
     * Kept, as the law requires; their free-text extension reasons go with ExtensionReasons, the
     * agents' identity notes go here (the method and the ticket stay: they name no one).
     */
    @Override
    public int purge(String profileId, int limit) {
        requests.forgetIdentityNotes(profileId);
        return 0;
    }

    /** The profile's requests with their type, status, dates, channel and extension (the history is in the audit events). */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        DataRequest.<DataRequest>list("profileId = ?1 order by receivedAt, id", profileId)
                .forEach(r -> out.write("requests", row(r)));
    }

    static Row row(DataRequest r) {
        return new Row(r.id, r.type.name(), RequestWords.type(r.type), r.status.name(), r.channel.name(), r.receivedAt,
                r.dueAt, r.completedAt, r.extendedMonths, r.extensionReason, r.ticket, r.identityCheck, r.identityNote);
    }

    record Row(String id, String type, String what, String status, String channel, java.time.Instant receivedAt,
            java.time.Instant dueAt, java.time.Instant completedAt, Integer extendedMonths, String extensionReason,
            String ticket, String identityCheck, String identityNote) {
    }
}
