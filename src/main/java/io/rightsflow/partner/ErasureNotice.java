package io.rightsflow.partner;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * An erasure's notice to one partner (GDPR Art. 19), with what it needs from the link, captured
 * before the purge takes the link: the notice is sent from here, after the profile is gone.
 */
@Entity
public class ErasureNotice extends PanacheEntityBase {

    public enum Status { PENDING, SENT, GIVEN_UP }

    @Id
    public String id;
    public String requestId;
    public String grantId;
    public String partnerId;
    public Instant linkedAt;
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

    static List<ErasureNotice> of(String requestId) {
        return list("requestId = ?1 order by linkedAt, grantId", requestId);
    }

    static ErasureNotice ofProcess(String processInstanceId) {
        return find("processInstanceId", processInstanceId).firstResult();
    }

    PartnerNotices.Target target() {
        return new PartnerNotices.Target(grantId, partnerId, null, linkedAt, revokedAt);
    }
}
