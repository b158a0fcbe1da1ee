package io.rightsflow.system;

import jakarta.ws.rs.core.Response.Status;

/** Thrown by any layer to answer with a problem+json; rolls back the transaction it crosses. */
public class ProblemException extends RuntimeException {

    private final Status status;

    public ProblemException(Status status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public Status status() {
        return status;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Status.NOT_FOUND, what + " does not exist or is not yours");
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Status.BAD_REQUEST, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Status.fromStatusCode(422), detail);
    }
}
