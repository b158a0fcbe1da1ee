package io.rightsflow.erasure;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An account deletion cancelled at the desk: the agent and their reason, by request. */
@Entity
class DeletionCancellation extends PanacheEntityBase {

    /** The only decision of UserTask_CancelAccountDeletion. */
    public static final String CANCEL_DELETION = "CANCEL_DELETION";

    @Id
    public String requestId;
    public String accountId;
    public String cancelledBy;
    public String reason;
    public Instant cancelledAt;
}
