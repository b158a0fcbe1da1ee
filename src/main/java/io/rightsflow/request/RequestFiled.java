package io.rightsflow.request;

/**
 * Fired in the transaction that stores a new request, after its own process has started, for the
 * features that follow every request whatever its type (e.g. the acknowledgement and the due-date
 * watch of the desk). Ids only: observers read the request through {@link Requests}.
 */
public record RequestFiled(String requestId) {
}
