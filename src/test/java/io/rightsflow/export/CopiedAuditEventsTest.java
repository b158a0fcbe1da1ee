package io.rightsflow.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import io.rightsflow.audit.AuditRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("database")
class CopiedAuditEventsTest {

    static AuditRecord by(String actor) {
        return new AuditRecord(1, Instant.EPOCH, "REQUEST_REFUSED", actor, "r-1", "p-1", "reasonKind=OTHER");
    }

    @Test
    void aStaffMembersNameIsLeftOutOfACopyAndTheirRoleKept() {
        assertEquals("agent", AccessArchives.withoutStaffName(by("agent:ann")).actor());
        assertEquals("compliance-officer", AccessArchives.withoutStaffName(by("compliance-officer:bob")).actor());
    }

    @Test
    void theSubjectAndTheSystemStayAsTheyAre() {
        assertEquals("subject:a-1", AccessArchives.withoutStaffName(by("subject:a-1")).actor());
        assertEquals("system", AccessArchives.withoutStaffName(by("system")).actor());
    }
}
