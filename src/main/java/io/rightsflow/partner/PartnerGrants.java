package io.rightsflow.partner;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.catalog.Partner;
import io.rightsflow.consent.ConsentChannel;
import io.rightsflow.consent.Consents;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** Links profiles to partner apps and revokes the links; the only place that sees a partner's token. */
@Named
@ApplicationScoped
public class PartnerGrants {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TokenCipher cipher;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Consents consents;

    @Inject
    Profiles profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Links an active profile to a partner. {@code accessToken} is the token the partner issued
     * for this person (after their consent on the partner's side); without one, Rightsflow makes
     * a random token that identifies the link to the partner on every call.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PartnerGrant link(ProfileRef profile, String partnerId, String accessToken, String actor) {
        return create(profile, partnerId, accessToken, actor, UUID.randomUUID().toString(), PartnerGrant.Status.ACTIVE);
    }

    /** Checks the link as {@link #link} does and stores it WAITING for the subject's approval: nothing is delivered. */
    PartnerGrant linkWaiting(ProfileRef profile, String partnerId, String accessToken, String actor, String grantId) {
        return create(profile, partnerId, accessToken, actor, grantId, PartnerGrant.Status.WAITING);
    }

    /** The checks of a new link, before anything is stored. */
    Partner check(ProfileRef profile, String partnerId, String accessToken) {
        Partner partner = partner(partnerId);
        if (!profile.isActive()) {
            throw ProblemException.conflict("profile " + profile.id() + " is pending deletion: nothing of it is shared");
        }
        policy.requireUnrestricted(profile.id(), Purpose.PARTNER_SHARING);
        if (activeGrant(profile.id(), partner.id) != null) {
            throw ProblemException.conflict("profile " + profile.id() + " is already linked to " + partner.id);
        }
        if (accessToken != null && (accessToken.isBlank() || accessToken.length() > 200)) {
            throw ProblemException.badRequest("accessToken must have 1 to 200 characters");
        }
        return partner;
    }

    private PartnerGrant create(ProfileRef profile, String partnerId, String accessToken, String actor, String grantId,
            PartnerGrant.Status status) {
        Partner partner = check(profile, partnerId, accessToken);
        PartnerGrant grant = new PartnerGrant();
        grant.id = grantId;
        grant.profileId = profile.id();
        grant.partnerId = partner.id;
        grant.tokenCipher = cipher.encrypt(accessToken != null ? accessToken : randomToken());
        grant.status = status;
        grant.linkedAt = Instant.now(clock);
        grant.persist();
        if (status == PartnerGrant.Status.ACTIVE) {
            consents.give(profile, Purpose.PARTNER_SHARING, ConsentChannel.PARTNER_LINK, actor);
        }
        audit.record(status == PartnerGrant.Status.ACTIVE ? "PARTNER_LINKED" : "PARTNER_LINK_WAITING", actor, null,
                profile.id(), "partner=" + partner.id + " grant=" + grant.id);
        return grant;
    }

    public List<PartnerGrant> of(String profileId) {
        return PartnerGrant.list("profileId = ?1 order by linkedAt", profileId);
    }

    /**
     * The partners the profile was ever linked to (recipients of its data), linked now or not; a
     * link still waiting for the person's approval has sent nothing and is not one.
     */
    public List<String> partnerIdsOf(String profileId) {
        return of(profileId).stream().filter(g -> g.status != PartnerGrant.Status.WAITING).map(g -> g.partnerId)
                .distinct().toList();
    }

    public PartnerGrant activeGrant(String profileId, String partnerId) {
        return PartnerGrant.find("profileId = ?1 and partnerId = ?2 and status = ?3", profileId, partnerId,
                PartnerGrant.Status.ACTIVE).firstResult();
    }

    public PartnerGrant find(String grantId) {
        return PartnerGrant.findById(grantId);
    }

    /** The grant, locked until the transaction ends, if it is still active: a revocation waits for a delivery in flight. */
    PartnerGrant lockActive(String grantId) {
        PartnerGrant grant = PartnerGrant.findById(grantId, LockModeType.PESSIMISTIC_WRITE);
        return grant != null && grant.isActive() ? grant : null;
    }

    /** Revokes at once: the token is destroyed here and no delivery starts after this commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(PartnerGrant grant, String requestId, String actor) {
        PartnerGrant locked = PartnerGrant.findById(grant.id, LockModeType.PESSIMISTIC_WRITE);
        if (!locked.isActive()) {
            return;
        }
        locked.status = PartnerGrant.Status.REVOKED;
        locked.tokenCipher = null;
        locked.revokedAt = Instant.now(clock);
        locked.revokedByRequest = requestId;
        audit.record("PARTNER_REVOKED", actor, requestId, locked.profileId,
                "partner=" + locked.partnerId + " grant=" + locked.id);
        // disconnecting the last partner app is withdrawing the consent that linking gave
        ProfileRef profile = profiles.find(locked.profileId);
        if (profile != null && PartnerGrant.activeOf(locked.profileId).isEmpty()) {
            consents.withdraw(profile, Purpose.PARTNER_SHARING, ConsentChannel.PARTNER_LINK, actor);
        }
    }

    /** Revokes every active link of the profile for an erasure; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAllOf(String profileId, String erasureRequestId) {
        List<PartnerGrant> active = PartnerGrant.activeOf(profileId);
        active.forEach(grant -> revoke(grant, erasureRequestId, AuditTrail.SYSTEM));
        return active.size();
    }

    /** The links an erasure revoked, for Task_NotifyPartnersOfErasure of erasures started on the earlier process versions. */
    public List<String> revokedBy(String erasureRequestId) {
        return PartnerGrant.<PartnerGrant>list("revokedByRequest = ?1 order by linkedAt", erasureRequestId).stream()
                .map(g -> g.id).toList();
    }

    String token(PartnerGrant grant) {
        return cipher.decrypt(grant.tokenCipher);
    }

    public Partner partner(String partnerId) {
        Partner partner = partnerId == null ? null : Partner.findById(partnerId);
        if (partner == null) {
            throw ProblemException.badRequest("partner must be one of " + String.join(", ",
                    Partner.<Partner>listAll().stream().map(p -> p.id).sorted().toList())
                    + "; see GET /api/catalog/partners").with("field", "partner");
        }
        return partner;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
