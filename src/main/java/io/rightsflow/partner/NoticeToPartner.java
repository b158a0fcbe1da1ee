package io.rightsflow.partner;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A notice to the partner of one link (GDPR Art. 19): an erasure, or a change that is not one
 * (restricted, restriction lifted, rectified), with what it needs from the link, captured when it
 * is due: the notice is sent from here, even after an erasure's purge has taken the link.
 */
@Entity
public class NoticeToPartner extends PanacheEntityBase {

    public enum Status { PENDING, SENT, GIVEN_UP }

    /** What the partner is told; ERASURE also revokes the link, the others leave it as it is. */
    public enum Kind {
        ERASURE("GDPR Art. 17 and Art. 19"),
        RESTRICTED("GDPR Art. 18 and Art. 19"),
        RESTRICTION_LIFTED("GDPR Art. 18(3) and Art. 19"),
        RECTIFIED("GDPR Art. 16 and Art. 19");

        final String legalBasis;

        Kind(String legalBasis) {
            this.legalBasis = legalBasis;
        }

        /** How the desk and the auditors read it: "erasure notice", "restricted notice"... */
        String words() {
            return name().toLowerCase().replace('_', ' ') + " notice";
        }
    }

    @Id
    public String id;
    public String requestId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String grantId;
    public String partnerId;
    public Instant linkedAt;
    /** When an erasure revoked the link; null for a change, which leaves the link active. */
    public Instant revokedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String processInstanceId;
    public Instant createdAt;
    public Instant endedAt;
    /** The desk's last decision on it (RETRY or GIVE_UP), who took it, when, and the reason given. */
    public String decision;
    public String decidedBy;
    public Instant decidedAt;
    public String reason;

    static List<NoticeToPartner> of(String requestId) {
        return list("requestId = ?1 order by linkedAt, grantId, kind", requestId);
    }

    static NoticeToPartner ofProcess(String processInstanceId) {
        return find("processInstanceId", processInstanceId).firstResult();
    }

    PartnerNotices.Target target() {
        return new PartnerNotices.Target(grantId, partnerId, null, linkedAt, revokedAt);
    }
}
