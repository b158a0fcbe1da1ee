package io.rightsflow.partner;

import java.util.HashMap;
import java.util.Map;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Partner;
import io.rightsflow.request.NewRequest;
import io.rightsflow.request.RequestHandler;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.RequestType;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;

/**
 * PARTNER_DISCONNECTION requests (README "Partner apps"): partner-disconnection.bpmn. The link is revoked
 * in the request's own transaction; with {@code notifyErasure} the partner also gets an Art. 19
 * erasure notice.
 */
@ApplicationScoped
class PartnerDisconnection implements RequestHandler {

    static final String PROCESS = "partner-disconnection";

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Inject
    PartnerSettings settings;

    @Inject
    RuntimeService runtime;

    @Override
    public RequestType type() {
        return RequestType.PARTNER_DISCONNECTION;
    }

    @Override
    public RequestSubject accept(NewRequest body, String requestId) {
        if (body.profileId() == null || body.partner() == null) {
            throw ProblemException.badRequest("profileId and partner are required: the profile and the partner app "
                    + "to disconnect it from").with("field", body.profileId() == null ? "profileId" : "partner");
        }
        ProfileRef profile = profiles.visible(body.profileId());
        Partner partner = grants.partner(body.partner());
        PartnerGrant grant = grants.activeGrant(profile.id(), partner.id);
        if (grant == null) {
            throw ProblemException.conflict("profile " + profile.id() + " is not linked to " + partner.id
                    + ": there is nothing to disconnect");
        }
        boolean notify = Boolean.TRUE.equals(body.notifyErasure());
        if (notify && settings.url(partner.id, PartnerSettings.Endpoint.ERASURE_NOTICE).isEmpty()) {
            throw ProblemException.conflict(partner.name + " does not take erasure notices from us: disconnect "
                    + "without notifyErasure, and ask " + partner.name + " directly to delete what it received");
        }
        RequestSubject subject = RequestSubject.profile(profile.accountId(), profile.id());
        Disconnection disconnection = new Disconnection();
        disconnection.requestId = requestId;
        disconnection.grantId = grant.id;
        disconnection.partnerId = partner.id;
        disconnection.notifyErasure = notify;
        disconnection.persist();
        return subject;
    }

    @Override
    public String exclusiveScope(RequestRef request) {
        return "profile:" + request.profileId() + ":partner:" + Disconnection.<Disconnection>findById(request.id()).partnerId;
    }

    @Override
    public String start(RequestRef request) {
        Disconnection disconnection = Disconnection.findById(request.id());
        Map<String, Object> variables = new HashMap<>();
        variables.put("requestId", request.id());
        variables.put("profileId", request.profileId());
        variables.put("grantId", disconnection.grantId);
        variables.put("notifyErasure", disconnection.notifyErasure);
        return runtime.startProcessInstanceByKey(PROCESS, request.id(), variables).getId();
    }

    @Override
    public void cancel(RequestRef request, String actor) {
        throw ProblemException.conflict("a disconnection takes effect at once and cannot be cancelled: link the "
                + "partner again with POST /api/profiles/" + request.profileId() + "/partners");
    }

    /**
     * The link is revoked in the transaction that files the request (Art. 7(3): at once), so a
     * refusal could only leave it revoked while cancelling the partner's notice: never refusable.
     */
    @Override
    public String whyNotRefusable(RequestRef request) {
        return "a partner disconnection takes effect when it is filed (the link is revoked at once), so it cannot be refused";
    }
}
