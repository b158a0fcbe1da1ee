package io.rightsflow.consent;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one check every feature makes before it uses a profile's data for a purpose: the profile is
 * active, nothing restricts the purpose (an objection, Art. 21, or a restriction, Art. 18) and,
 * where the purpose rests on consent or the profile is a child's, a consent is in force. Decided at
 * every use, so that a withdrawal or an objection holds at once.
 */
@ApplicationScoped
public class ProcessingPolicy {

    /** The purposes that hand data on in extracts: a child's profile is in none without the holder's consent. */
    static final Set<Purpose> EXTRACTS = EnumSet.of(Purpose.RESEARCH, Purpose.PRODUCT_IMPROVEMENT,
            Purpose.DIRECT_MARKETING);

    @Inject
    Profiles profiles;

    @Inject
    ProcessingRestrictions restrictions;

    @Inject
    Consents consents;

    @Inject
    LegalBases bases;

    public boolean allows(String profileId, Purpose purpose) {
        return refusal(profileId, purpose).isEmpty();
    }

    /** As {@link #allows}, answering 409 that says why (the restricting request, or the missing consent). */
    public void require(String profileId, Purpose purpose) {
        refusal(profileId, purpose).ifPresent(why -> {
            throw ProblemException.conflict(why).with("purpose", purpose.id());
        });
    }

    /**
     * For the act that is itself the consent (linking a partner, sharing a dashboard): refused only
     * when a restriction or an objection stands, which a new consent does not lift.
     */
    public void requireUnrestricted(String profileId, Purpose purpose) {
        restrictions.restriction(profileId, purpose).ifPresent(why -> {
            throw ProblemException.conflict(why).with("purpose", purpose.id());
        });
    }

    /** Whether no restriction or objection stands: for the act that is itself the consent. */
    public boolean unrestricted(String profileId, Purpose purpose) {
        return restrictions.restriction(profileId, purpose).isEmpty();
    }

    /** Of these profiles, those whose data this purpose may use, decided with a few queries however many there are. */
    public List<ProfileRef> allowed(Purpose purpose, Collection<ProfileRef> candidates) {
        Set<String> restricted = restrictions.restrictedProfiles(purpose);
        Set<String> consenting = consents.givenProfiles(purpose);
        return candidates.stream().filter(p -> p.isActive() && !restricted.contains(p.id()))
                .filter(p -> !consents.needsConsent(p, purpose) || consenting.contains(p.id())).toList();
    }

    /**
     * For what goes to an account rather than a profile (marketing mail): its holder's main profile
     * is allowed, and no profile of the account is restricted for the purpose, since the mail reaches
     * the family member's objection too.
     */
    public boolean allowsAccount(String accountId, Purpose purpose) {
        List<ProfileRef> family = profiles.ofAccount(accountId);
        return !family.isEmpty() && family.get(0).main() && allows(family.get(0).id(), purpose)
                && family.stream().skip(1).allMatch(p -> unrestricted(p.id(), purpose));
    }

    /** As {@link #allowsAccount}, for every account of these profiles at once. */
    public Set<String> allowedAccounts(Purpose purpose, Collection<ProfileRef> candidates) {
        Set<String> restricted = restrictions.restrictedProfiles(purpose);
        Set<String> barred = candidates.stream().filter(p -> restricted.contains(p.id())).map(ProfileRef::accountId)
                .collect(java.util.stream.Collectors.toSet());
        return allowed(purpose, candidates.stream().filter(ProfileRef::main).toList()).stream()
                .map(ProfileRef::accountId).filter(a -> !barred.contains(a))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** As {@link #allowed}, for profiles known by their ids. */
    public Set<String> allowedIds(Purpose purpose, Collection<String> profileIds) {
        return allowed(purpose, profiles.findAll(profileIds)).stream().map(ProfileRef::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private Optional<String> refusal(String profileId, Purpose purpose) {
        ProfileRef profile = profiles.find(profileId);
        if (profile == null || !profile.isActive()) {
            return Optional.of("profile " + profileId + " is pending deletion or gone: its data is not processed for "
                    + purpose);
        }
        Optional<String> restricted = restrictions.restriction(profileId, purpose);
        if (restricted.isPresent()) {
            return restricted;
        }
        if (consents.needsConsent(profile, purpose) && !consents.given(profileId, purpose)) {
            return Optional.of("processing of profile " + profileId + " for " + purpose + " needs consent"
                    + (bases.of(purpose) == LegalBasis.CONSENT ? "" : " of the account holder (a child's profile, Art. 8)")
                    + ", and none is in force: give it at /api/profiles/" + profileId + "/consents/" + purpose.id());
        }
        return Optional.empty();
    }
}
