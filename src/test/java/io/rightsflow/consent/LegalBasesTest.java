package io.rightsflow.consent;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The legal bases as configured: the law's defaults for health data, an operator's departures, and no typo processed. */
class LegalBasesTest {

    @Test
    void withoutConfigurationResearchProductImprovementAndMarketingRestOnConsentAndOnlyChallengesAreObjectable() {
        LegalBases bases = ConfiguredBases.of(Map.of());

        assertEquals(LegalBasis.CONSENT, bases.of(Purpose.RESEARCH));
        assertEquals(LegalBasis.CONSENT, bases.of(Purpose.PRODUCT_IMPROVEMENT));
        assertEquals(LegalBasis.CONSENT, bases.of(Purpose.DIRECT_MARKETING));
        assertEquals(LegalBasis.CONTRACT, bases.of(Purpose.SERVICE));
        assertEquals(java.util.List.of(Purpose.DIRECT_MARKETING, Purpose.CHALLENGES), bases.objectable());
    }

    @Test
    void anOperatorMayRestAPurposeOnLegitimateInterestWhichMakesItObjectable() {
        LegalBases bases = ConfiguredBases.of(Map.of("product-improvement", "legitimate-interest"));

        assertEquals(LegalBasis.LEGITIMATE_INTEREST, bases.of(Purpose.PRODUCT_IMPROVEMENT));
        assertTrue(bases.objectable(Purpose.PRODUCT_IMPROVEMENT));
        assertFalse(bases.objectable(Purpose.RESEARCH));
    }

    @Test
    void anUnknownPurposeAnUnknownBasisAndMarketingOnAnythingButConsentFailTheStartNamingEachKey() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ConfiguredBases.of(Map.of(
                "reserch", "consent", "research", "vital-interest", "direct-marketing", "legitimate-interest"))
                .of(Purpose.RESEARCH));

        assertThat(failure.getMessage(), allOf(containsString("rightsflow.purposes.\"reserch\": no such purpose"),
                containsString("rightsflow.purposes.\"research\".basis: vital-interest is not a basis"),
                containsString("rightsflow.purposes.\"direct-marketing\".basis: marketing here rests on consent only")));
    }
}
