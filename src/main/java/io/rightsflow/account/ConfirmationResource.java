package io.rightsflow.account;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Asks for the address confirmation mail again. The answer is the same whatever the address (no
 * account, a confirmed one, an unconfirmed one), so that it tells nobody which addresses have an
 * account; only the address of an unconfirmed account gets a mail ({@link ConfirmationMails}).
 */
@Path("/api/accounts/confirmation")
public class ConfirmationResource {

    @Inject
    ConfirmationMails mails;

    public record Asked(String email) {
    }

    @POST
    @PermitAll
    public Response resend(Asked body) {
        mails.resend(body == null ? null : body.email());
        return Response.accepted(Map.of("message", ConfirmationMails.ANSWER)).build();
    }
}
