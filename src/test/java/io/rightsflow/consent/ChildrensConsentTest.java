package io.rightsflow.consent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.ProfileStatus;
import org.junit.jupiter.api.Test;

/** Art. 8: a child's profile is in no extract without its holder's consent, whatever basis the operator chose. */
class ChildrensConsentTest {

    private final Consents consents = consents(Map.of("research", "legitimate-interest"));

    @Test
    void researchOnLegitimateInterestNeedsNoConsentForAnAdultButTheHoldersForAChild() {
        assertFalse(consents.needsConsent(profile(false, 1980), Purpose.RESEARCH));
        assertFalse(consents.needsConsent(profile(false, null), Purpose.RESEARCH), "no year said: not known as a child");
        assertTrue(consents.needsConsent(profile(false, 2016), Purpose.RESEARCH));
    }

    @Test
    void aProfileTurningTheAgeOfDigitalConsentThisYearStillCountsAsAChild() {
        assertTrue(consents.needsConsent(profile(false, 2010), Purpose.RESEARCH), "2026 - 2010 = 16: maybe still 15");
        assertFalse(consents.needsConsent(profile(false, 2009), Purpose.RESEARCH));
    }

    @Test
    void whatIsNoExtractFollowsItsBasisForChildrenToo() {
        assertFalse(consents.needsConsent(profile(false, 2016), Purpose.CHALLENGES));
        assertFalse(consents.needsConsent(profile(false, 2016), Purpose.SERVICE));
        assertTrue(consents.needsConsent(profile(false, 2016), Purpose.PARTNER_SHARING), "consent, as for anyone");
    }

    private static ProfileRef profile(boolean main, Integer birthYear) {
        return new ProfileRef("p", "a", "Robin", main, ProfileStatus.ACTIVE, Instant.EPOCH, birthYear);
    }

    private static Consents consents(Map<String, String> configured) {
        LegalBases bases = ConfiguredBases.of(configured);
        Children children = new Children();
        children.digitalAge = 16;
        children.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
        Consents consents = new Consents();
        consents.bases = bases;
        consents.children = children;
        return consents;
    }
}
