package io.rightsflow.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Thrown by any layer to answer with a problem+json; rolls back the transaction it crosses. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(Status status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    private ProblemException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    /** Adds an RFC 9457 extension member (an id the caller can act on; never personal data). */
    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    /** The answer to send; a subclass may add headers (Retry-After). */
    public Response toResponse() {
        return problem().toResponse(extensions);
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
