package io.rightsflow.request;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/** A data-rights request: what was asked, by which channel, its status and its legal due date. */
@Entity
public class DataRequest extends PanacheEntityBase {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    public RequestType type;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** The audit name of who filed it (subject:accountId or agent:username), never an email. */
    public String filedBy;
    public String accountId;
    public String profileId;
    public String processInstanceId;
    public Instant receivedAt;
    public Instant dueAt;
    public Instant completedAt;
    /** Set once, when an agent extends the due date (Art. 12(3)); the reasons are mailed to the subject. */
    public Integer extendedMonths;
    public String extensionReason;
    /** Filed by an agent: the ticket, and how the subject's identity was checked (method and note). */
    public String ticket;
    public String identityCheck;
    public String identityNote;

    /**
     * Type and subject of a request that cannot have an open twin (two erasures of one profile),
     * unique in the database while the request is open and released when it ends: the database,
     * not a check in Java, keeps two requests filed at the same instant from both being accepted.
     */
    public String exclusiveKey;

    public boolean isOpen() {
        return !status.isFinal();
    }

    @PrePersist
    @PreUpdate
    void releaseExclusiveKeyWhenFinal() {
        if (!isOpen()) {
            exclusiveKey = null;
        }
    }
}
