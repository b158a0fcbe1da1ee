package io.rightsflow.account;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Asks for a password reset link. The answer is the same whether or not an account uses the
 * address, and comes about as fast ({@link PasswordResets}).
 */
@Path("/api/password-resets")
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    public record ResetAsked(String email) {
    }

    @POST
    @PermitAll
    public Response ask(ResetAsked body) {
        resets.ask(body == null ? null : body.email());
        return Response.accepted(Map.of("message", PasswordResets.ANSWER)).build();
    }
}
