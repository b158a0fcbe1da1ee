package io.rightsflow.request;

/**
 * Fired in the transaction where a request's status becomes final (completed, cancelled, refused
 * or failed), from {@link RequestLifecycle}, so that whatever follows the request ends with it.
 */
public record RequestClosed(String requestId, RequestStatus status) {
}
