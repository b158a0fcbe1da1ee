package io.rightsflow.security;

import java.time.Duration;

import io.rightsflow.system.ProblemException;
import jakarta.ws.rs.core.Response;

/** 429: too many failed logins for this username or from this address; says when to try again. */
final class LoginThrottled extends ProblemException {

    private final long retryAfterSeconds;

    LoginThrottled(Duration retryAfter) {
        super(Response.Status.TOO_MANY_REQUESTS, "too many failed logins for this username or from this address: "
                + "try again in " + seconds(retryAfter) + " seconds, or reset the password");
        this.retryAfterSeconds = seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Response toResponse() {
        return Response.fromResponse(super.toResponse()).header("Retry-After", retryAfterSeconds).build();
    }
}
