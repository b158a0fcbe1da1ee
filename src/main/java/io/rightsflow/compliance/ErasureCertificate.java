package io.rightsflow.compliance;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/**
 * What is left of an erased profile or account: the request, what was deleted (kinds and row
 * counts), the partners told of it (their notice sent, or still on its way when the subject went),
 * the times, and a keyed hash of the subject's id. No personal data. The downstream systems are
 * read live from their calls when the certificate is shown ({@link ErasureCertificates#withSystems}):
 * the purge issues it while some system may still be at work.
 */
@Entity
public class ErasureCertificate extends PanacheEntityBase {

    @Id
    public String requestId;
    /** PROFILE or ACCOUNT. */
    public String scope;
    public String subjectHash;
    /** e.g. "measurements=5120 devices=2 profiles=1". */
    public String deleted;
    public String partners;
    public Instant requestedAt;
    public Instant completedAt;
    /** Every system the erasure reached, with its outcome, time and count, as it stands now. */
    @Transient
    public List<SystemRecords.Outcome> systems;
}
