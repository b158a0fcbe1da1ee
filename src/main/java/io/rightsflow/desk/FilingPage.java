package io.rightsflow.desk;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.consent.LegalBases;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.request.Requests;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Filing a request for a subject from a customer-service ticket: find the account by its address,
 * choose the type and its fields, give the ticket and how the identity was checked. Filed through
 * {@link Requests#fileForCaller}, the same checks as POST /api/requests by an agent (AgentFiling).
 */
@Path("/desk/filing")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class FilingPage {

    @Inject
    LegalBases bases;

    /** The grounds of a restriction (Art. 18(1)(a)-(c)), by name as filed; the filing checks them. */
    static final List<PurposeWords> GROUNDS = List.of(
            new PurposeWords("ACCURACY_CONTESTED", "The person contests the accuracy of the data (a)"),
            new PurposeWords("UNLAWFUL_ERASURE_OPPOSED", "Unlawful, but the person wants restriction, not erasure (b)"),
            new PurposeWords("LEGAL_CLAIMS", "The person needs the data for legal claims (c)"));

    /** A purpose's (or a ground's) name (as filed) and its words (as shown). */
    record PurposeWords(String name, String words) {
    }

    @CheckedTemplate(basePath = "desk", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance filing(String email, String emailError, Subject subject, Form form,
                Errors errors, String problem);
    }

    /** The account found by its address, with its profiles to choose from. */
    public record Subject(String accountId, String email, String status, List<DeskPage.Choice> profiles) {
    }

    /** What the agent chose and wrote, to show again with the errors. */
    public record Form(List<DeskPage.Choice> types, List<DeskPage.Choice> purposes, String statement,
            String newEmail, String partner, boolean notifyErasure, String ticket, List<DeskPage.Choice> identityChecks,
            String identityNote, List<DeskPage.Choice> grounds) {
    }

    /** The message of each field at fault; null where all is well. */
    public record Errors(String type, String profileId, String purposes, String statement, String newEmail,
            String partner, String ticket, String identityCheck, String identityNote, String ground) {

        static final Errors NONE = new Errors(null, null, null, null, null, null, null, null, null, null);
    }

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Requests requests;

    @GET
    public Response show() {
        return Pages.html(Templates.filing("", null, null, null, Errors.NONE, null));
    }

    /** Finds the account by its address: posted, so that the address never stands in a URL (logs, history). */
    @POST
    @Path("/account")
    public Response find(@RestForm String email) {
        if (email == null || email.isBlank()) {
            return Pages.html(Status.BAD_REQUEST, Templates.filing("", "Enter the address of the person's account.",
                    null, null, Errors.NONE, null));
        }
        AccountRef account = accounts.byEmail(email.strip());
        if (account == null) {
            return Pages.html(Status.NOT_FOUND, Templates.filing(email, "No account uses this address. Check it with "
                    + "the ticket: it must be the address the person signed up with.", null, null, Errors.NONE, null));
        }
        return Pages.html(Templates.filing(account.email(), null, subject(account, null),
                form(null, List.of(), null, null, null, false, null, null, null, null), Errors.NONE, null));
    }

    @POST
    public Response file(@RestForm String accountId, @RestForm String type, @RestForm String profileId,
            @RestForm List<String> purposes, @RestForm String statement, @RestForm String newEmail,
            @RestForm String partner, @RestForm boolean notifyErasure, @RestForm String ticket,
            @RestForm String identityCheck, @RestForm String identityNote, @RestForm String ground) {
        AccountRef account = accountId == null || accountId.isBlank() ? null : accounts.visible(accountId);
        if (account == null) {
            return Pages.html(Status.BAD_REQUEST, Templates.filing("", "Find the person's account by its address "
                    + "first.", null, null, Errors.NONE, null));
        }
        RequestType chosen = type == null ? null : Arrays.stream(RequestType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElse(null);
        String profile = blankToNull(profileId);
        // An account-wide request names the account; every other names the profile chosen.
        boolean accountWide = chosen == RequestType.ACCOUNT_ERASURE || ((chosen == RequestType.EXPORT || chosen == RequestType.ACCESS) && profile == null);
        List<String> named = purposes == null ? List.of() : purposes;
        try {
            RequestRef filed = requests.fileForCaller(new NewRequest(chosen, accountWide ? null : profile,
                    accountWide ? account.id() : null, chosen == RequestType.OBJECTION ? named : null,
                    blankToNull(statement), chosen == RequestType.INDEPENDENCE ? blankToNull(newEmail) : null,
                    chosen == RequestType.PARTNER_DISCONNECTION ? blankToNull(partner) : null,
                    chosen == RequestType.PARTNER_DISCONNECTION ? notifyErasure : null,
                    ticket, identityCheck, identityNote, null, null, null, null,
                    chosen == RequestType.RESTRICTION ? blankToNull(ground) : null));
            return Pages.seeOther("/desk/requests/" + filed.id() + "?done=filed");
        } catch (ProblemException refused) {
            int status = refused.problem().status();
            if (status != Status.BAD_REQUEST.getStatusCode() && status != Status.CONFLICT.getStatusCode()
                    && status != 404 && status != 422) {
                throw refused;
            }
            String field = status == Status.BAD_REQUEST.getStatusCode() ? fieldOf(refused) : null;
            Errors errors = field == null ? Errors.NONE : errors(field, refused.getMessage());
            return Pages.html(Status.fromStatusCode(status), Templates.filing(account.email(), null,
                    subject(account, profile), form(chosen, named, statement, newEmail, partner, notifyErasure, ticket,
                            identityCheck, identityNote, ground),
                    errors, errors == Errors.NONE ? DeskWords.sentence(refused.getMessage()) + " Nothing was filed."
                            : null));
        }
    }

    private Subject subject(AccountRef account, String chosenProfile) {
        List<ProfileRef> all = profiles.ofAccount(account.id());
        List<DeskPage.Choice> choices = all.stream().map(p -> new DeskPage.Choice(p.id(), p.name()
                + (p.main() ? " (main profile)" : "") + (p.isActive() ? "" : ", pending deletion"),
                p.id().equals(chosenProfile))).toList();
        return new Subject(account.id(), account.email(), switch (account.status()) {
            case ACTIVE -> "Active";
            case UNCONFIRMED -> "Address not confirmed yet";
            case PENDING_DELETION -> "Pending deletion";
        }, choices);
    }

    private Form form(RequestType type, List<String> purposes, String statement, String newEmail, String partner,
            boolean notifyErasure, String ticket, String identityCheck, String identityNote, String ground) {
        return new Form(Arrays.stream(RequestType.values())
                .map(t -> new DeskPage.Choice(t.name(), RequestWords.type(t), t == type)).toList(),
                // what an objection reaches, as the legal bases are configured (Art. 21(1))
                bases.objectable().stream().map(p -> new DeskPage.Choice(p.name(), p.words(),
                        purposes.contains(p.name()))).toList(),
                statement, newEmail, partner, notifyErasure, ticket,
                requests.identityChecks().stream().map(m -> new DeskPage.Choice(m, m.replace('_', ' ').toLowerCase(),
                        m.equals(identityCheck))).toList(),
                identityNote, GROUNDS.stream().map(g -> new DeskPage.Choice(g.name(), g.words(), g.name().equals(ground)))
                        .toList());
    }

    /** The form field a 400 names, as the service tells it ({@code field}); null for none of them. */
    private static String fieldOf(ProblemException refused) {
        Object field = refused.extensions().get("field");
        return field == null ? null : field.toString();
    }

    private static Errors errors(String field, String detail) {
        String says = DeskWords.sentence(detail);
        return switch (field) {
            case "type" -> new Errors("Choose the type of request.", null, null, null, null, null, null, null, null, null);
            case "profileId" -> new Errors(null, "Choose the profile the request is about.", null, null, null, null,
                    null, null, null, null);
            case "purposes" -> new Errors(null, null, "Tick at least one use of the data the person objects to.", null,
                    null, null, null, null, null, null);
            case "statement" -> new Errors(null, null, null, says, null, null, null, null, null, null);
            case "newEmail" -> new Errors(null, null, null, null, says, null, null, null, null, null);
            case "partner" -> new Errors(null, null, null, null, null, says, null, null, null, null);
            case "ticket" -> new Errors(null, null, null, null, null, null,
                    "Enter the reference of the customer-service ticket (at most 100 characters).", null, null, null);
            case "identityCheck" -> new Errors(null, null, null, null, null, null, null,
                    "Choose how the person's identity was checked.", null, null);
            case "identityNote" -> new Errors(null, null, null, null, null, null, null, null,
                    "Write what was checked, e.g. which reply or document (at most 500 characters).", null);
            case "ground" -> new Errors(null, null, null, null, null, null, null, null, null,
                    "Choose the ground of the restriction.");
            default -> Errors.NONE;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
