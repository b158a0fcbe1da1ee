package io.rightsflow.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("database")
class IncidentTextTest {

    @Test
    void anAddressInAMailServersMessageIsReplaced() {
        assertEquals("Invalid Addresses: [address], [address]",
                IncidentText.safe("Invalid Addresses: jane.doe+fit@example.com, bob@mail.example.org"));
    }

    @Test
    void quotedValuesAreReplacedAndAnApostropheInAWordStays() {
        assertEquals("duplicate key value violates unique constraint [value]: Key (name)=([value]) can't be",
                IncidentText.safe("duplicate key value violates unique constraint \"uk_name\": Key (name)=('Jane Doe') can't be"));
    }

    @Test
    void onlyTheFirstLineIsKept() {
        assertEquals("Mail failed", IncidentText.safe("  Mail failed\n\tat com.sun.mail.Transport.send(Transport.java:1)\nCaused by: jane@example.com"));
    }

    @Test
    void aLongMessageIsCutToItsLimit() {
        String cut = IncidentText.safe("x".repeat(1000));
        assertEquals(IncidentText.MAX_LENGTH, cut.length());
        assertFalse(cut.contains("\n"));
    }

    @Test
    void noMessageShowsAsNothing() {
        assertNull(IncidentText.safe(null));
    }
}
