package io.rightsflow.erasure;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What an agent decided when the person could not be told of their erasure, and why. */
@Entity
class NoticeDecision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String requestId;
    String accountId;
    String decision;
    String decidedBy;
    String reason;
    Instant decidedAt;
}
