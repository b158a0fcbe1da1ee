package io.rightsflow.consent;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.security.Caller;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The person's consents, per profile and purpose: what each use of the data rests on and, where it
 * rests on consent, one button to give or withdraw it, through the same {@link Consents#change} as
 * the API. Withdrawing is as easy as giving (Art. 7(3)): one press, no review, no confirmation step.
 */
@Path("/account/consents")
@RolesAllowed(Roles.SUBJECT)
@Produces(MediaType.TEXT_HTML)
public class ConsentsPage {

    /** How many of a profile's latest changes the page shows; the copy of the data holds them all. */
    static final int HISTORY = 5;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * One use of a profile's data as the page shows it. {@code onConsent}: it needs a consent in
     * force (its basis, or a child's extracts); {@code given} and what follows only mean something then.
     * {@code stopped}: an objection or a restriction stops it, whatever the consent says.
     */
    public record PurposeRow(String id, String words, String basis, boolean onConsent, boolean given, String since,
            String channel, String noticeVersion, boolean onBehalf, boolean objectable, boolean contract,
            boolean mayGive, String hint, boolean stopped) {
    }

    /** One change of the history, newest first. */
    public record Change(String when, String words, boolean given, String channel, String noticeVersion,
            boolean onBehalf) {
    }

    public record ProfileConsents(ProfileRef profile, boolean child, List<PurposeRow> purposes, List<Change> history,
            int changes) {
    }

    @CheckedTemplate(basePath = "consent", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance consents(List<ProfileConsents> profiles, String done, int digitalAge);
    }

    @Inject
    Profiles profiles;

    @Inject
    Consents consents;

    @Inject
    LegalBases bases;

    @Inject
    Children children;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Caller caller;

    @Inject
    Pages pages;

    @GET
    @Transactional
    public Response show(@QueryParam("done") String done, @QueryParam("purpose") String purpose,
            @QueryParam("profile") String profileId) {
        List<ProfileRef> family = profiles.ofAccount(caller.accountId());
        return Pages.html(Templates.consents(family.stream().map(this::view).toList(),
                confirmation(family, done, purpose, profileId), children.digitalAge()));
    }

    /**
     * {@code give}: true to give, false to withdraw. Another account's profile is not found; a
     * purpose that does not rest on consent, or a profile pending deletion asked to give, is
     * refused with the reason, and nothing is recorded.
     */
    @POST
    @Path("/{profileId}/{purpose}")
    public Response change(@PathParam("profileId") String profileId, @PathParam("purpose") String id,
            @RestForm("give") String give) {
        ProfileRef profile = profiles.visible(profileId);
        Optional<Purpose> known = Purpose.of(id);
        if (known.isEmpty()) {
            return pages.refusal(Status.NOT_FOUND, "We do not use your data for a purpose of that name. "
                    + "Nothing was changed. "
                    + "Go back to your consents and choose one of the uses listed there.");
        }
        Purpose purpose = known.get();
        if (!"true".equals(give) && !"false".equals(give)) {
            return pages.refusal(Status.BAD_REQUEST, "The form did not say whether to give or to withdraw your "
                    + "consent, so nothing was changed. Go back to your consents, reload the page and press the "
                    + "button again.");
        }
        boolean giving = Boolean.parseBoolean(give);
        if (!consents.needsConsent(profile, purpose)) {
            return pages.refusal(Status.BAD_REQUEST, notOnConsent(purpose));
        }
        if (giving && !profile.isActive()) {
            return pages.refusal(Status.CONFLICT, "This profile is pending deletion, so no new consent can be given "
                    + "for it; you can still withdraw one. Nothing was changed. Reactivate the profile in account "
                    + "management first if you want to keep it and give your consent.");
        }
        boolean changed = consents.change(profile, purpose, giving, ConsentChannel.ACCOUNT_PAGE, caller.actor());
        return Pages.seeOther("/account/consents?done=" + (!changed ? "unchanged" : giving ? "given" : "withdrawn")
                + "&purpose=" + purpose.id() + "&profile=" + profile.id() + "#profile-" + profile.id());
    }

    private ProfileConsents view(ProfileRef profile) {
        List<PurposeRow> rows = Arrays.stream(Purpose.values()).map(p -> row(profile, p)).toList();
        List<Change> history = new ArrayList<>();
        List<Consents.Standing> all = consents.history(profile.id());
        for (int i = all.size() - 1; i >= 0 && history.size() < HISTORY; i--) {
            Consents.Standing s = all.get(i);
            history.add(new Change(when(s.since()), s.purpose().words(), s.given(), channel(s.channel()),
                    s.noticeVersion(), s.onBehalf()));
        }
        return new ProfileConsents(profile, children.isChild(profile), rows, history, all.size());
    }

    private PurposeRow row(ProfileRef profile, Purpose purpose) {
        LegalBasis basis = bases.of(purpose);
        boolean onConsent = consents.needsConsent(profile, purpose);
        Consents.Standing standing = consents.standing(profile.id(), purpose);
        return new PurposeRow(purpose.id(), purpose.words(), basis(basis, onConsent), onConsent,
                onConsent && standing.given(), when(standing.since()), channel(standing.channel()),
                standing.noticeVersion(), standing.onBehalf(), basis == LegalBasis.LEGITIMATE_INTEREST,
                basis == LegalBasis.CONTRACT && !onConsent, profile.isActive(), hint(purpose),
                !policy.unrestricted(profile.id(), purpose));
    }

    /** The legal basis in a person's words; a child's extracts take the holder's consent whatever the basis. */
    static String basis(LegalBasis basis, boolean onConsent) {
        String words = switch (basis) {
            case CONSENT -> "Your consent";
            case CONTRACT -> "Needed to provide the service you signed up for (our contract with you)";
            case LEGITIMATE_INTEREST -> "Our legitimate interest, which you may object to";
        };
        return basis != LegalBasis.CONSENT && onConsent
                ? words + "; for a child's profile, also your consent on the child's behalf" : words;
    }

    static String channel(ConsentChannel channel) {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case ACCOUNT_PAGE -> "account page";
            case API -> "app or API";
            case UNSUBSCRIBE_LINK -> "unsubscribe link in an email";
            case PARTNER_LINK -> "linking a partner app";
            case DASHBOARD_SHARE -> "sharing a dashboard";
            case INDEPENDENCE -> "profile made independent";
        };
    }

    /** Where consent is also given or withdrawn elsewhere, the page says so. */
    private static String hint(Purpose purpose) {
        return switch (purpose) {
            case PARTNER_SHARING -> "Linking a partner app gives this consent; withdrawn, every linked app is "
                    + "disconnected and receives no new measurements.";
            case DASHBOARD_SHARING -> "Sharing a dashboard gives this consent; withdrawn, every share stops and "
                    + "nobody you shared with sees your data.";
            case DIRECT_MARKETING -> "The unsubscribe link in every marketing email withdraws it too.";
            default -> null;
        };
    }

    private String notOnConsent(Purpose purpose) {
        LegalBasis basis = bases.of(purpose);
        String why = purpose.words() + " does not rest on your consent, so there is no consent to give or "
                + "withdraw, and nothing was changed.";
        return switch (basis) {
            case CONTRACT -> why + " It is needed to provide the service you signed up for.";
            case LEGITIMATE_INTEREST -> why + " It rests on our legitimate interest: you may object to it by writing "
                    + "to our customer service, and follow your objection under My requests.";
            case CONSENT -> why;
        };
    }

    /** The confirmation after a change, built from what is known (never from the query's text). */
    private static String confirmation(List<ProfileRef> family, String done, String purposeId, String profileId) {
        Optional<Purpose> purpose = purposeId == null ? Optional.empty() : Purpose.of(purposeId);
        if (done == null || purpose.isEmpty()) {
            return null;
        }
        String whose = family.size() < 2 ? "" : family.stream().filter(p -> p.id().equals(profileId)).findFirst()
                .map(p -> " for " + p.name()).orElse("");
        String words = purpose.get().words() + whose;
        return switch (done) {
            case "given" -> "Your consent to " + words + " is given.";
            case "withdrawn" -> "Your consent to " + words + " is withdrawn. It took effect at once.";
            case "unchanged" -> "Your consent to " + words + " already stood as you asked: nothing was changed.";
            default -> null;
        };
    }

    private static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }
}
