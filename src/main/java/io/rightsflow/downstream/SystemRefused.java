package io.rightsflow.downstream;

/** A system could not be reached or refused the call (retried by the engine, then the desk). */
class SystemRefused extends RuntimeException {

    SystemRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
