package io.rightsflow.partner;

/**
 * A partner did not accept a call (an error status, no answer in time). The engine retries the
 * step, and makes it an incident once the retries are used up; the message names no person.
 */
class PartnerRefused extends RuntimeException {

    PartnerRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
