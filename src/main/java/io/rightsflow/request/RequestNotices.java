package io.rightsflow.request;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Tells the subject why a request ended without being served: refused at the desk, or ended by
 * the system because its profile or account is being erased. One process per request, started in
 * the transaction that ends it (so the notice goes only if the ending commits); its mail step is
 * retried by the engine and sends once. Variables: ids and words of our own only.
 */
@ApplicationScoped
class RequestNotices {

    static final String PROCESS = "request-ending-notice";
    /** Why the request ended: {@value #REFUSED} or {@value #ERASED}. */
    static final String ENDING = "ending";
    static final String REFUSED = "refused";
    static final String ERASED = "erased";

    @Inject
    RuntimeService runtime;

    @Transactional(Transactional.TxType.MANDATORY)
    void refused(String requestId) {
        start(requestId, REFUSED, null);
    }

    /** {@code erased}: "profile" or "account". */
    @Transactional(Transactional.TxType.MANDATORY)
    void endedByErasure(String requestId, String erased) {
        start(requestId, ERASED, erased);
    }

    private void start(String requestId, String ending, String erased) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestId", requestId);
        variables.put(ENDING, ending);
        variables.put(Requests.ERASED, erased);
        // The request's own business key: the notice's steps show among the request's steps and in its timeline.
        runtime.startProcessInstanceByKey(PROCESS, requestId, variables);
    }
}
