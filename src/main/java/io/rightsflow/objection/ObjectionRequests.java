package io.rightsflow.objection;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.consent.LegalBases;
import io.rightsflow.consent.LegalBasis;
import io.rightsflow.consent.Purpose;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/** OBJECTION requests (Art. 21): objection.bpmn restricts at once, then an agent reviews what needs it. */
@ApplicationScoped
class ObjectionRequests implements RequestHandler {

    static final String PROCESS = "objection";

    @Inject
    Profiles profiles;

    @Inject
    RuntimeService runtime;

    @Inject
    LegalBases bases;

    @Override
    public RequestType type() {
        return RequestType.OBJECTION;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.profileId() == null) {
            throw ProblemException.badRequest("profileId is required: the profile whose processing is objected to")
                    .with("field", "profileId");
        }
        ProfileRef profile = profiles.active(body.profileId());
        Set<Purpose> purposes = purposes(body, profile.id());
        for (Purpose purpose : purposes) {
            Restriction existing = Restriction.ofObjection(profile.id(), purpose);
            if (existing != null && existing.status == Restriction.Status.UNDER_REVIEW) {
                throw ProblemException.conflict("an objection to " + purpose + " for profile " + profile.id()
                        + " is already under review: request " + existing.requestId);
            }
        }
        if (body.statement() != null && body.statement().length() > 2000) {
            throw ProblemException.badRequest("statement must have at most 2000 characters")
                    .with("field", "statement");
        }
        RequestSubject subject = RequestSubject.profile(profile.accountId(), profile.id());
        Objection objection = new Objection();
        objection.requestId = requestId;
        objection.profileId = profile.id();
        objection.purposes = purposes.stream().map(Enum::name).collect(Collectors.joining(","));
        objection.statement = body.statement();
        objection.persist();
        return subject;
    }

    @Override
    public String start(RequestRef request) {
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), Map.of(
                "requestId", request.id(), "profileId", request.profileId())).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        throw ProblemException.conflict("an objection is decided, not cancelled; the restriction it asked for is "
                + "already in place");
    }

    /**
     * The purposes named, ALL standing for every one an objection reaches (Art. 21): those on
     * legitimate interests, and direct marketing. A purpose on consent is refused with the way out
     * that fits it, withdrawing the consent, which needs nobody's review (Art. 7(3)).
     */
    private Set<Purpose> purposes(NewRequest body, String profileId) {
        String objectable = bases.objectable().stream().map(Enum::name).collect(Collectors.joining(", "));
        if (body.purposes() == null || body.purposes().isEmpty()) {
            throw ProblemException.badRequest("purposes is required: any of " + objectable + ", or ALL")
                    .with("field", "purposes");
        }
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String name : body.purposes()) {
            if ("ALL".equals(name)) {
                purposes.addAll(bases.objectable());
                continue;
            }
            Purpose purpose = name == null ? null : Purpose.of(name).filter(p -> p.name().equals(name)).orElse(null);
            if (purpose == null) {
                throw ProblemException.badRequest("purposes may hold only " + objectable + " or ALL")
                        .with("field", "purposes");
            }
            if (!bases.objectable(purpose)) {
                LegalBasis basis = bases.of(purpose);
                throw ProblemException.badRequest(basis == LegalBasis.CONSENT
                        ? purpose + " rests on consent: an objection does not apply (Art. 21(1)); withdraw the "
                                + "consent instead, at once and without review: DELETE /api/profiles/" + profileId
                                + "/consents/" + purpose.id()
                        : purpose + " rests on " + basis.id() + ": an objection does not apply (Art. 21(1)); "
                                + "to stop it, erase the profile").with("field", "purposes")
                        .with("withdrawConsent", basis == LegalBasis.CONSENT
                                ? "/api/profiles/" + profileId + "/consents/" + purpose.id() : null);
            }
            purposes.add(purpose);
        }
        return purposes;
    }
}
