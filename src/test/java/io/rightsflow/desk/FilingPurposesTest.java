package io.rightsflow.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import io.rightsflow.restriction.Ground;
import org.junit.jupiter.api.Test;

/** The filing page's copy of the restriction's grounds (the desk cannot import them: a cycle) stays equal to them. */
class FilingPurposesTest {

    @Test
    void theFilingPageOffersEveryGroundOfARestriction() {
        assertEquals(Arrays.stream(Ground.values()).map(Ground::name).toList(),
                FilingPage.GROUNDS.stream().map(FilingPage.PurposeWords::name).toList());
    }
}
