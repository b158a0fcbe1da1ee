package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.approval.ApprovedAct;
import io.rightsflow.approval.PendingActRef;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.catalog.Partner;
import io.rightsflow.consent.ConsentChannel;
import io.rightsflow.consent.Consents;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.link.LinkAction.LinkRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

/**
 * A partner link an agent asked for: its grant waits (WAITING, nothing delivered) until the
 * subject approves; refused or expired, the grant and its token are deleted.
 */
@ApplicationScoped
class PartnerLinkApproval implements ApprovedAct {

    static final String KIND = "PARTNER_LINK";

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Consents consents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String describe(PendingActRef act) {
        Partner partner = Partner.findById(act.target());
        return "link your profile to the partner app " + (partner == null ? act.target() : partner.name)
                + ", which then receives your new measurements";
    }

    @Override
    public void approved(PendingActRef act) {
        PartnerGrant grant = PartnerGrant.findById(act.arguments(), LockModeType.PESSIMISTIC_WRITE);
        ProfileRef profile = profiles.find(act.profileId());
        if (grant == null || grant.status != PartnerGrant.Status.WAITING || profile == null || !profile.isActive()
                || !policy.unrestricted(profile.id(), Purpose.PARTNER_SHARING)
                || grants.activeGrant(profile.id(), grant.partnerId) != null) {
            throw new LinkRefused("This partner app can no longer be linked to the profile. Nothing was changed.");
        }
        grant.status = PartnerGrant.Status.ACTIVE;
        grant.linkedAt = Instant.now(clock);
        // the subject's approval is the link, and the link is the consent to the sharing
        consents.give(profile, Purpose.PARTNER_SHARING, ConsentChannel.PARTNER_LINK, "subject:" + act.accountId());
        audit.record("PARTNER_LINKED", "subject:" + act.accountId(), null, profile.id(),
                "partner=" + grant.partnerId + " grant=" + grant.id + " act=" + act.id());
    }

    @Override
    public void dropped(PendingActRef act) {
        PartnerGrant.delete("id = ?1 and status = ?2", act.arguments(), PartnerGrant.Status.WAITING);
    }
}
