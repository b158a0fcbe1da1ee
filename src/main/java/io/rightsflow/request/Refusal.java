package io.rightsflow.request;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why a request was refused at the desk, kept with the request (its reasons go with the person's data). */
@Entity
@Table(name = "request_refusal")
public class Refusal extends PanacheEntityBase {

    @Id
    public String requestId;
    @Enumerated(EnumType.STRING)
    public RefusalKind reasonKind;
    /** Free text the person is told; null once the profile or account it is about is erased. */
    public String reasons;
    /** For MANIFESTLY_UNFOUNDED_OR_EXCESSIVE: the subject's earlier requests at the time, comma-separated ids. */
    public String earlierRequestIds;
    /** The audit name of the agent (agent:username). */
    public String refusedBy;
    public Instant refusedAt;
}
