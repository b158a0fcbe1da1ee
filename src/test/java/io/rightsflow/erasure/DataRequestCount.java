package io.rightsflow.erasure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.request.DataRequest;

/** Reads request records straight from the database, for assertions. */
final class DataRequestCount {

    private DataRequestCount() {
    }

    static long ofAccount(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.count("accountId", accountId));
    }

    static String processOf(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> DataRequest.<DataRequest>findById(requestId).processInstanceId);
    }
}
