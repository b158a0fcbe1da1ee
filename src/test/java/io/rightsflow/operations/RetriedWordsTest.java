package io.rightsflow.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The line the operations page shows after a retry, from what the redirect put into the address. */
class RetriedWordsTest {

    @Test
    void aRetriedStepIsNamed() {
        assertEquals("The step Task_SendMail", OperationsPage.retriedWords("Task_SendMail"));
    }

    @Test
    void anIncidentWithoutAStepSaysTheFailedStepNotNull() {
        assertEquals("The failed step", OperationsPage.retriedWords(""));
    }

    @Test
    void textALinkPutIntoTheAddressIsNotShownAndWithoutARetryNothingIs() {
        assertNull(OperationsPage.retriedWords("<b>you were hacked</b>"));
        assertNull(OperationsPage.retriedWords(null));
    }
}
