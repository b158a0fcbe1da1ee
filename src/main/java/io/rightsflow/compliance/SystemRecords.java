package io.rightsflow.compliance;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The maker's other systems that hold personal data, as the downstream package knows them: the
 * registry (for the Art. 30 record and the access document) and what each request's call to each
 * system came to, read live (an erasure's systems may still be at work when its certificate is
 * issued). Compliance names no feature; the downstream package implements this.
 */
public interface SystemRecords {

    /** A configured system: what it holds ("all" for every category) and which request types reach it. */
    record Registered(String id, String name, String kind, List<String> categories, List<String> requests) {
    }

    /**
     * One request's call to one system: {@code status} PENDING, WAITING, AT_DESK or FAILED while
     * open, COMPLETED, DONE_BY_HAND or GIVEN_UP once settled; {@code count} the rows it reported.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outcome(String callId, String system, String name, String kind, String status, boolean settled,
            Instant askedAt, Instant answeredAt, Long count, String decision, String decidedBy,
            String evidenceReference) {
    }

    List<Registered> registry();

    /** The request's calls, by system id. */
    List<Outcome> of(String requestId);
}
