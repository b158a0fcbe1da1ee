package io.rightsflow.system;

import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the API leaves as application/problem+json. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + " " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.of(Status.BAD_REQUEST, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return Problem.of(Status.BAD_REQUEST, JsonErrors.describe(e)).toResponse();
    }

    /** More specific than the above, so that it wins over the mapper Quarkus registers for it. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e) {
        return unreadable(e);
    }

    /** "create.body.email" names the field as the caller knows it: "email". */
    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @ServerExceptionMapper
    public Response loginRefused(AuthenticationFailedException e) {
        // an identity provider refusing with an answer of its own: 429 while failed logins are throttled
        if (e.getCause() instanceof ProblemException refusal) {
            return refusal.toResponse();
        }
        return unauthorized(null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(Problem.of(Status.UNAUTHORIZED,
                        "log in with HTTP Basic: the account email or staff username, and its password").toResponse())
                .header("WWW-Authenticate", "Basic realm=\"Rightsflow\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Status.FORBIDDEN, "your role may not make this call").toResponse();
    }

    /** Anything unforeseen: logged with a reference the caller can quote, and no internals shown. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (TransactionRaces.lost(e)) {
            // a background step changed the same process at this very moment; this call rolled back whole
            return Problem.of(Status.CONFLICT, "the request changed at this very moment (one of its steps ran); "
                    + "nothing was changed by this call: look at the request again, and send it again if it still applies")
                    .toResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", reference);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "something went wrong on our side; nothing was changed. "
                + "Try again, or quote reference " + reference + " to support").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response original = e.getResponse();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        if (original.getStatus() >= 500) {
            LOG.error("request failed", e);
        }
        String detail = switch (original.getStatus()) {
            case 404 -> "there is nothing at this address";
            case 405 -> "this address does not accept that method";
            case 415 -> "send the body with the content type this call takes";
            case 406 -> "ask for a media type this call produces";
            case 400 -> "the request is malformed: check its parameters and body";
            default -> e.getMessage();
        };
        return Problem.of(original.getStatusInfo(), detail).toResponse();
    }
}
