package io.rightsflow.desk;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rightsflow.request.RequestType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** How an agent handled a request that came close to its due date: by whom, when, and their note. */
@Entity
class DueSoonNote extends PanacheEntityBase {

    @Id
    public String requestId;
    @Enumerated(EnumType.STRING)
    public RequestType requestType;
    public String accountId;
    public String profileId;
    public String handledBy;
    public String note;
    public Instant handledAt;
}
