package io.rightsflow.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import io.rightsflow.objection.Purpose;
import io.rightsflow.restriction.Ground;
import org.junit.jupiter.api.Test;

/** The filing page's copies of the objection's purposes and the restriction's grounds (the desk cannot import them: a cycle) stay equal to them. */
class FilingPurposesTest {

    @Test
    void theFilingPageOffersEveryPurposeOfAnObjectionInItsOwnWords() {
        assertEquals(Arrays.stream(Purpose.values()).map(p -> List.of(p.name(), p.words())).toList(),
                FilingPage.PURPOSES.stream().map(p -> List.of(p.name(), p.words())).toList());
    }

    @Test
    void theFilingPageOffersEveryGroundOfARestriction() {
        assertEquals(Arrays.stream(Ground.values()).map(Ground::name).toList(),
                FilingPage.GROUNDS.stream().map(FilingPage.PurposeWords::name).toList());
    }
}
