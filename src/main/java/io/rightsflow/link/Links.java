package io.rightsflow.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues and checks email links: 256 random bits, stored only as a hash, single use, expiring. */
@ApplicationScoped
public class Links {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "rightsflow.links.base-url")
    String baseUrl;

    public enum State { VALID, USED, EXPIRED, UNKNOWN }

    /** Issues a link and returns its full URL; the raw token exists only in that URL. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(String purpose, String requestId, Duration validity) {
        return url(issueToken(purpose, requestId, validity));
    }

    /**
     * Issues a link for a feature's own page rather than {@code /links/} (the unsubscribe page, which
     * many mails point to and which may be used again): returns the raw token, for that page's URL only.
     * Such a link has no {@link LinkAction}; the link pages answer it as unknown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issueToken(String purpose, String requestId, Duration validity) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LinkToken link = new LinkToken();
        link.id = UUID.randomUUID().toString();
        link.tokenHash = hash(token);
        link.purpose = purpose;
        link.requestId = requestId;
        link.createdAt = Instant.now(clock);
        link.expiresAt = link.createdAt.plus(validity);
        link.persist();
        audit.record("LINK_ISSUED", AuditTrail.SYSTEM, requestId, null,
                "purpose=" + purpose + " link=" + link.id + " expiresAt=" + link.expiresAt);
        return token;
    }

    /**
     * The request (or account) an unexpired, unused link of this purpose was issued for; empty for a
     * token that is unknown, expired, used or of another purpose. Changes nothing.
     */
    public Optional<String> holder(String token, String purpose) {
        LinkToken link = find(token);
        return state(link) == State.VALID && link.purpose.equals(purpose) ? Optional.of(link.requestId)
                : Optional.empty();
    }

    String url(String token) {
        return absolute("/links/" + token);
    }

    /** A page of Rightsflow as a person reaches it from an email: the public base URL and the path. */
    public String absolute(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    LinkToken find(String token) {
        return token == null || token.length() > 100 ? null : LinkToken.findByHash(hash(token));
    }

    /** As {@link #find}, and locks the row: two clicks at once act once. */
    LinkToken findForUpdate(String token) {
        return token == null || token.length() > 100 ? null
                : LinkToken.<LinkToken>find("tokenHash", hash(token)).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    State state(LinkToken link) {
        if (link == null) {
            return State.UNKNOWN;
        }
        if (link.usedAt != null) {
            return State.USED;
        }
        return Instant.now(clock).isBefore(link.expiresAt) ? State.VALID : State.EXPIRED;
    }

    void markUsed(LinkToken link) {
        link.usedAt = Instant.now(clock);
        audit.record("LINK_USED", "link", link.requestId, null, "purpose=" + link.purpose + " link=" + link.id);
    }

    /** Makes every unused link of a request useless, e.g. once the request has ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(String requestId) {
        return LinkToken.update("expiresAt = ?1 where requestId = ?2 and usedAt is null and expiresAt > ?1",
                Instant.now(clock), requestId);
    }

    /** Makes the unused links of one purpose for a request useless, e.g. the older of two password resets. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revoke(String requestId, String purpose) {
        return LinkToken.update("expiresAt = ?1 where requestId = ?2 and purpose = ?3 and usedAt is null and expiresAt > ?1",
                Instant.now(clock), requestId, purpose);
    }

    /**
     * Deletes at most {@code limit} links of these requests (those of an erased account); returns
     * how many. A deleted link answers as unknown.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deleteOf(List<String> requestIds, int limit) {
        if (requestIds.isEmpty()) {
            return 0;
        }
        List<String> ids = LinkToken.<LinkToken>find("requestId in ?1 order by id", requestIds).page(0, limit)
                .stream().map(link -> link.id).toList();
        return ids.isEmpty() ? 0 : (int) LinkToken.delete("id in ?1", ids);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a person may know of the links mailed for these requests: never the token or its hash. */
    public record LinkInfo(String purpose, String requestId, Instant createdAt, Instant expiresAt, Instant usedAt) {
    }

    public List<LinkInfo> of(List<String> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return LinkToken.<LinkToken>list("requestId in ?1 order by createdAt, id", requestIds).stream()
                .map(l -> new LinkInfo(l.purpose, l.requestId, l.createdAt, l.expiresAt, l.usedAt)).toList();
    }
}
