package io.rightsflow.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.rightsflow.system.Hmac;
import io.rightsflow.system.RequiredSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the certificate of an erasure, in the transaction that removes the subject. The subject's
 * id is kept only as HMAC-SHA256 with {@code rightsflow.audit.subject-key}: whoever holds the id can
 * ask whether it was erased; the certificate alone names no one.
 */
@ApplicationScoped
public class ErasureCertificates implements RequiredSecret {

    static final String KEY = "rightsflow.audit.subject-key";

    @ConfigProperty(name = "rightsflow.audit.subject-key")
    Optional<String> key;

    @Inject
    Clock clock;

    @Inject
    SystemRecords systems;

    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(String requestId, String scope, String subjectId, String deleted, List<String> partners,
            Instant requestedAt) {
        ErasureCertificate certificate = new ErasureCertificate();
        certificate.requestId = requestId;
        certificate.scope = scope;
        certificate.subjectHash = subjectHash(subjectId);
        certificate.deleted = deleted;
        certificate.partners = partners.isEmpty() ? null : String.join(", ", partners);
        certificate.requestedAt = requestedAt;
        certificate.completedAt = Instant.now(clock);
        certificate.persist();
    }

    @Override
    public String key() {
        return KEY;
    }

    /** Certificates made with a short key could be matched to ids by trying them. */
    @Override
    public String problem(String value) {
        return RequiredSecret.hmacKeyProblem(value);
    }

    /** The certificates of every erasure of this profile or account id, each with its systems. */
    public List<ErasureCertificate> of(String subjectId) {
        return ErasureCertificate.<ErasureCertificate>list("subjectHash = ?1 order by completedAt",
                subjectHash(subjectId)).stream().map(this::withSystems).toList();
    }

    /** The certificate of this request with its systems, or null. */
    public ErasureCertificate ofRequest(String requestId) {
        ErasureCertificate certificate = ErasureCertificate.findById(requestId);
        return certificate == null ? null : withSystems(certificate);
    }

    /** The certificate with the outcome of every system its erasure reached, as it stands now. */
    ErasureCertificate withSystems(ErasureCertificate certificate) {
        certificate.systems = systems.of(certificate.requestId);
        return certificate;
    }

    String subjectHash(String subjectId) {
        String secret = key.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                "rightsflow.audit.subject-key is not set: erasure certificates keep the subject's id as a keyed hash"));
        return Hmac.sha256Hex(secret, subjectId);
    }
}
