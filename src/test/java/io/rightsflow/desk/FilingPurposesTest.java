package io.rightsflow.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import io.rightsflow.objection.Purpose;
import org.junit.jupiter.api.Test;

/** The filing page's copy of the objection's purposes (the desk cannot import them: a cycle) stays equal to them. */
class FilingPurposesTest {

    @Test
    void theFilingPageOffersEveryPurposeOfAnObjectionInItsOwnWords() {
        assertEquals(Arrays.stream(Purpose.values()).map(p -> List.of(p.name(), p.words())).toList(),
                FilingPage.PURPOSES.stream().map(p -> List.of(p.name(), p.words())).toList());
    }
}
