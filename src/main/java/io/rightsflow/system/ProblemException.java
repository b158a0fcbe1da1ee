package io.rightsflow.system;

import jakarta.ws.rs.core.Response.Status;

/** Thrown by any layer to answer with a problem+json; rolls back the transaction it crosses. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    public ProblemException(Status status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    private ProblemException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public Problem problem() {
        return new Problem("about:blank", title, status, getMessage());
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

    /** 422: well-formed, but the catalogue or the rules of the data refuse it. */
    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }
}
