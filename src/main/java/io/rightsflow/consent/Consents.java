package io.rightsflow.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.account.PrivacyNotice;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Consent given and withdrawn (Art. 7): each change a record with its time, channel and notice;
 * a withdrawal takes effect in the same transaction and nobody reviews it (7(3)).
 */
@ApplicationScoped
public class Consents {

    /** A purpose's consent as it stands for a profile: never given, given, or withdrawn. */
    public record Standing(Purpose purpose, boolean given, Instant since, ConsentChannel channel, String noticeVersion,
            boolean onBehalf) {
    }

    @Inject
    Profiles profiles;

    @Inject
    LegalBases bases;

    @Inject
    Children children;

    @Inject
    PrivacyNotice notice;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    /** Whether this profile's data may be used for this purpose only with a consent in force. */
    public boolean needsConsent(ProfileRef profile, Purpose purpose) {
        return bases.of(purpose) == LegalBasis.CONSENT
                || (children.isChild(profile) && ProcessingPolicy.EXTRACTS.contains(purpose));
    }

    public boolean given(String profileId, Purpose purpose) {
        ConsentRecord latest = ConsentRecord.latest(profileId, purpose);
        return latest != null && latest.given;
    }

    /** Every profile whose latest record for this purpose gives it, in one query. */
    public Set<String> givenProfiles(Purpose purpose) {
        return new HashSet<>(ConsentRecord.getEntityManager().createQuery("select c.profileId from ConsentRecord c"
                + " where c.purpose = ?1 and c.given = true and c.seq = (select max(d.seq) from ConsentRecord d"
                + " where d.profileId = c.profileId and d.purpose = c.purpose)", String.class)
                .setParameter(1, purpose).getResultList());
    }

    /** Each purpose's latest record for the profile: an unknown purpose is never given. */
    public Standing standing(String profileId, Purpose purpose) {
        ConsentRecord latest = ConsentRecord.latest(profileId, purpose);
        return latest == null ? new Standing(purpose, false, null, null, null, false)
                : new Standing(purpose, latest.given, latest.recordedAt, latest.channel, latest.noticeVersion,
                        latest.onBehalf);
    }

    /** Every change, oldest first: what the person can be shown and the controller must be able to show. */
    public List<Standing> history(String profileId) {
        return ConsentRecord.<ConsentRecord>list("profileId = ?1 order by recordedAt, purpose, seq", profileId).stream()
                .map(c -> new Standing(c.purpose, c.given, c.recordedAt, c.channel, c.noticeVersion, c.onBehalf))
                .toList();
    }

    /**
     * Gives consent in the caller's transaction (a link or a share that is the consent itself);
     * nothing when it is in force already, or when the purpose does not rest on consent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean give(ProfileRef profile, Purpose purpose, ConsentChannel channel, String actor) {
        if (!needsConsent(profile, purpose)) {
            return false;
        }
        return record(profile, purpose, true, channel, actor);
    }

    /** Withdraws in the caller's transaction; nothing when no consent is in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(ProfileRef profile, Purpose purpose, ConsentChannel channel, String actor) {
        return record(profile, purpose, false, channel, actor);
    }

    /**
     * A person's own change, in its own transaction. Two at one instant (a double click, a mail
     * client posting the one-click unsubscribe twice) meet at the profile's lock in {@link #record}:
     * the second finds the change made, and changes nothing.
     */
    public boolean change(ProfileRef profile, Purpose purpose, boolean give, ConsentChannel channel, String actor) {
        if (give && !needsConsent(profile, purpose)) {
            throw ProblemException.conflict(purpose.id() + " rests on " + bases.of(purpose).id()
                    + ", not on consent: there is no consent to give").with("purpose", purpose.id());
        }
        return QuarkusTransaction.requiringNew().call(() -> record(profile, purpose, give, channel, actor));
    }

    private boolean record(ProfileRef profile, Purpose purpose, boolean give, ConsentChannel channel, String actor) {
        // one change of a profile's consents at a time: the next reads the latest after this commits,
        // so a double click or two first shares at once leave one record and no failure
        profiles.lock(profile.id());
        ConsentRecord latest = ConsentRecord.latest(profile.id(), purpose);
        if (latest == null ? !give : latest.given == give) {
            return false;
        }
        ConsentRecord change = new ConsentRecord();
        change.id = UUID.randomUUID().toString();
        change.profileId = profile.id();
        change.purpose = purpose;
        change.seq = latest == null ? 1 : latest.seq + 1;
        change.given = give;
        change.recordedAt = Instant.now(clock);
        change.channel = channel;
        change.noticeVersion = notice.version();
        change.onBehalf = children.isChild(profile);
        change.persistAndFlush();
        audit.record(give ? "CONSENT_GIVEN" : "CONSENT_WITHDRAWN", actor, null, profile.id(), "purpose=" + purpose.id()
                + " channel=" + channel + (change.onBehalf ? " onBehalf=true" : "") + " notice=" + change.noticeVersion);
        if (!give && (channel == ConsentChannel.ACCOUNT_PAGE || channel == ConsentChannel.API
                || channel == ConsentChannel.UNSUBSCRIBE_LINK)) {
            withdrawn.fire(new ConsentWithdrawn(profile.id(), purpose, actor));
        }
        return true;
    }
}
