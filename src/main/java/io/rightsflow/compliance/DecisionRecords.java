package io.rightsflow.compliance;

import java.util.List;

/**
 * A feature's decisions on a request, with who decided and why in their own words, for the
 * request's timeline. The reasons stay in the feature's tables (erased with the profile), never
 * in the audit trail or the engine, which outlive it.
 */
public interface DecisionRecords {

    List<Timelines.Event> of(String requestId);
}
