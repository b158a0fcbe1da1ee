package io.rightsflow.erasure;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestRefusals;
import org.camunda.bpm.engine.RuntimeService;

/**
 * When the desk may refuse an erasure: while its process waits for {@link RequestRefusals#REQUEST_REFUSED}
 * at the boundary of its grace period. Once the purge has begun the data is going, and nothing
 * can be refused any more.
 */
final class ErasureRefusals {

    private ErasureRefusals() {
    }

    static String whyNot(RuntimeService runtime, RequestRef request) {
        boolean waits = request.processInstanceId() != null && runtime.createEventSubscriptionQuery()
                .eventType("message").eventName(RequestRefusals.REQUEST_REFUSED)
                .processInstanceId(request.processInstanceId()).count() > 0;
        return waits ? null : "request " + request.id() + " is past its grace period: the data is being erased, "
                + "and the erasure can no longer be refused";
    }
}
