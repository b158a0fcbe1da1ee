package io.rightsflow.link;

/**
 * A rule that stops links of a request for a while, whatever feature issued them (e.g. while
 * its account waits for deletion). Asked before a link is shown or followed.
 */
public interface LinkGuard {

    /** Why a link of this purpose for this request cannot be used now, as the page tells it; null if it can. */
    String refusal(String requestId, String purpose);
}
