package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rightsflow.catalog.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a partner is told when a link ends: that it is revoked, and (GDPR Art. 19) that the person
 * asked for the data it received to be erased. Both identify the link by its grant id only.
 */
@ApplicationScoped
public class PartnerNotices {

    @Inject
    PartnerGrants grants;

    @Inject
    PartnerSettings settings;

    @Inject
    PartnerCalls calls;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Calls the partner's revocation endpoint, if it has one; a revoked link's token is already gone. */
    public void sendRevocation(String grantId, String requestId) {
        PartnerGrant grant = grants.find(grantId);
        if (grant == null) {
            return; // purged with its profile: an erasure notified the partner before that
        }
        settings.url(grant.partnerId, PartnerSettings.Endpoint.REVOCATION).ifPresent(url -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "revocation");
            body.put("grantId", grant.id);
            body.put("revokedAt", grant.revokedAt.toString());
            calls.sendOnce(new PartnerCalls.Call("revocation:" + grant.id, PartnerCall.Kind.REVOCATION, grant.partnerId,
                    grant.id, requestId, grant.profileId, url, write(body), null, "revocation"));
        });
    }

    /**
     * Sends the Art. 19 erasure notice of this request to the partner of the grant, if it has an
     * endpoint for notices; returns whether it has one.
     */
    public boolean sendErasureNotice(String grantId, String requestId) {
        PartnerGrant grant = grants.find(grantId);
        if (grant == null) {
            return false;
        }
        var url = settings.url(grant.partnerId, PartnerSettings.Endpoint.ERASURE_NOTICE);
        if (url.isEmpty()) {
            return false;
        }
        Partner partner = Partner.findById(grant.partnerId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "erasure-notice");
        body.put("noticeId", requestId + ":" + grant.id);
        body.put("grantId", grant.id);
        body.put("requestId", requestId);
        body.put("legalBasis", "GDPR Art. 17 and Art. 19");
        body.put("categories", partner.categories.stream().map(c -> c.id).sorted().toList());
        body.put("sharedFrom", grant.linkedAt.toString());
        body.put("sentAt", Instant.now(clock).toString());
        calls.sendOnce(new PartnerCalls.Call("erasure-notice:" + requestId + ":" + grant.id,
                PartnerCall.Kind.ERASURE_NOTICE, grant.partnerId, grant.id, requestId, grant.profileId, url.get(),
                write(body), null, "erasure notice"));
        return true;
    }

    /** The names of the partners that accepted this request's erasure notice, e.g. for the erasure mails. */
    public List<String> notifiedFor(String requestId) {
        List<String> ids = PartnerCall.<PartnerCall>list("requestId = ?1 and kind = ?2", requestId,
                PartnerCall.Kind.ERASURE_NOTICE).stream().map(c -> c.partnerId).distinct().toList();
        return ids.stream().map(id -> Partner.<Partner>findById(id).name).sorted().toList();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
