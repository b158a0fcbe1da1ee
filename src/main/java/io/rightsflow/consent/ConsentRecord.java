package io.rightsflow.consent;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One giving or withdrawal of consent, never changed: the latest of a profile's purpose is in force. */
@Entity
@Table(name = "consent_record")
class ConsentRecord extends PanacheEntityBase {

    @Id
    public String id;
    public String profileId;
    @Enumerated(EnumType.STRING)
    public Purpose purpose;
    /** 1, 2, 3... per profile and purpose; unique, so that of two changes at one instant one fails. */
    public int seq;
    public boolean given;
    public Instant recordedAt;
    @Enumerated(EnumType.STRING)
    public ConsentChannel channel;
    /** The privacy notice in force when the person decided. */
    public String noticeVersion;
    /** Given or withdrawn by the account holder for a child's profile (Art. 8(1)). */
    public boolean onBehalf;

    static ConsentRecord latest(String profileId, Purpose purpose) {
        return find("profileId = ?1 and purpose = ?2 order by seq desc", profileId, purpose).firstResult();
    }
}
