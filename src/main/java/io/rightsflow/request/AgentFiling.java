package io.rightsflow.request;

import java.util.List;

import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an agent must record when filing for a subject: the ticket that asked for it, and how the
 * subject's identity was checked (one of the configured methods, and a note). Auditors read them;
 * the subject is never shown the identity details.
 */
@ApplicationScoped
class AgentFiling {

    static final int MAX_TICKET = 100;
    static final int MAX_NOTE = 500;

    @ConfigProperty(name = "rightsflow.desk.identity-checks",
            defaultValue = "REPLY_FROM_ACCOUNT_ADDRESS,ID_DOCUMENT,SIGNED_IN_APP_MESSAGE")
    List<String> methods;

    /** The configured methods (a method: the field of this bean's client proxy is not set). */
    List<String> methods() {
        return methods;
    }

    /** Refuses, before anything is filed, a filing that lacks one of them. */
    void check(NewRequest body) {
        if (blank(body.ticket()) || body.ticket().strip().length() > MAX_TICKET) {
            throw ProblemException.badRequest("ticket is required when an agent files a request: the reference of "
                    + "the customer-service ticket (at most " + MAX_TICKET + " characters)")
                    .with("field", "ticket");
        }
        if (blank(body.identityCheck()) || !methods.contains(body.identityCheck().strip())) {
            throw ProblemException.badRequest("identityCheck is required when an agent files a request: how the "
                    + "subject's identity was checked, one of " + String.join(", ", methods))
                    .with("field", "identityCheck").with("identityChecks", methods);
        }
        if (blank(body.identityNote()) || body.identityNote().strip().length() > MAX_NOTE) {
            throw ProblemException.badRequest("identityNote is required when an agent files a request: what was "
                    + "checked, e.g. which reply or document (at most " + MAX_NOTE + " characters)")
                    .with("field", "identityNote");
        }
    }

    static void record(DataRequest request, NewRequest body) {
        request.ticket = body.ticket().strip();
        request.identityCheck = body.identityCheck().strip();
        request.identityNote = body.identityNote().strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
